package org.sakhiline.admin.records;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.sakhiline.access.ConsoleUser;
import org.sakhiline.admin.web.ConsoleMessages;
import org.sakhiline.admin.web.ConsoleWords;
import org.sakhiline.admin.web.CsrfProtected;
import org.sakhiline.support.problem.DomainException;

/** Who may sign in to the console and the API (administrators only). */
@Path("/admin/users")
@CsrfProtected
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ConsoleUserPages {

    @CheckedTemplate(basePath = "admin/users")
    static class Templates {
        static native TemplateInstance users(ConsoleUsersPage page);
    }

    private final ConsoleUserAdministration administration;
    private final ConsoleWords words;

    public ConsoleUserPages(ConsoleUserAdministration administration, ConsoleWords words) {
        this.administration = administration;
        this.words = words;
    }

    @GET
    public TemplateInstance list(@QueryParam("created") String created, @QueryParam("reset") String reset,
                                 @QueryParam("disabled") String disabled, @QueryParam("enabled") String enabled) {
        ConsoleMessages say = words.bundle(ConsoleMessages.class);
        String notice = created != null ? say.users_created_notice(created)
                : reset != null ? say.users_reset_notice(reset)
                : disabled != null ? say.users_disabled_notice(disabled)
                : enabled != null ? say.users_enabled_notice(enabled) : null;
        return Templates.users(administration.page(notice, null, null, null, null, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("username") String username, @FormParam("password") String password,
                           @FormParam("role") String role, @FormParam("orgUnitCode") String orgUnitCode,
                           @FormParam("displayName") String displayName) {
        try {
            ConsoleUser user = administration.create(username, password, role, orgUnitCode, displayName);
            return Response.seeOther(URI.create("/admin/users?created=" + user.username)).build();
        } catch (DomainException e) {
            return Response.status(ConsoleErrors.statusOf(e)).entity(Templates.users(administration.page(null,
                    ConsoleErrors.message(e), username, displayName, role, orgUnitCode))).build();
        }
    }

    @POST
    @Path("/{id}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@PathParam("id") long id) {
        return setDisabled(id, true);
    }

    @POST
    @Path("/{id}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@PathParam("id") long id) {
        return setDisabled(id, false);
    }

    private Response setDisabled(long id, boolean disabled) {
        try {
            ConsoleUser user = administration.setDisabled(id, disabled);
            return Response.seeOther(URI.create("/admin/users?" + (disabled ? "disabled=" : "enabled=") + user.username)).build();
        } catch (DomainException e) {
            return Response.status(ConsoleErrors.statusOf(e)).entity(Templates.users(administration.page(null,
                    ConsoleErrors.message(e), null, null, null, null))).build();
        }
    }

    @POST
    @Path("/{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetPassword(@PathParam("id") long id, @FormParam("password") String password) {
        try {
            ConsoleUser user = administration.resetPassword(id, password);
            return Response.seeOther(URI.create("/admin/users?reset=" + user.username)).build();
        } catch (DomainException e) {
            return Response.status(ConsoleErrors.statusOf(e)).entity(Templates.users(administration.page(null,
                    ConsoleErrors.message(e), null, null, null, null))).build();
        }
    }
}
