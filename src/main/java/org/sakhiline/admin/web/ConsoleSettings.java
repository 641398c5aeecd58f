package org.sakhiline.admin.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.sakhiline.access.ConsoleUser;
import org.sakhiline.audit.AuditEntry;
import org.sakhiline.audit.AuditLog;

/** The signed-in user's own settings: the console's language (English, Hindi, Urdu). Saved, CSRF-protected, audited. */
@Path("/admin/settings")
@CsrfProtected
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ConsoleSettings {

    @CheckedTemplate(basePath = "admin/settings")
    static class Templates {
        static native TemplateInstance settings(List<ConsoleLanguage> languages, String current, boolean saved);
    }

    @Inject
    ConsoleContext console;

    @Inject
    AuditLog audit;

    @GET
    public TemplateInstance show(@QueryParam("saved") String saved) {
        return Templates.settings(ConsoleLanguage.ALL, console.language(), saved != null);
    }

    @POST
    @Transactional
    public Response save(@FormParam("language") String language) {
        if (!ConsoleLanguage.supported(language)) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.settings(ConsoleLanguage.ALL, console.language(), false)).build();
        }
        ConsoleUser user = ConsoleUser.byUsername(console.username()).orElseThrow();
        String before = user.language;
        if (!language.equals(before)) {
            user.language = language;
            audit.record(AuditEntry.of("consoleUser.language", "consoleUser", user.id, user.orgUnitId,
                    "console language " + before + " → " + language, Map.of("language", before), Map.of("language", language)));
        }
        return Response.seeOther(URI.create("/admin/settings?saved=1")).build();
    }
}
