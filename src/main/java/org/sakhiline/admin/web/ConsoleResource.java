package org.sakhiline.admin.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sign-in page, the console's start page and sign-out. The sign-in form itself posts to Quarkus' form mechanism. */
@Path("/admin")
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
public class ConsoleResource {

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedOut);

        static native TemplateInstance home();
    }

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String credentialCookie;

    @GET
    @Path("/login")
    public TemplateInstance login(@QueryParam("error") String error, @QueryParam("bye") String bye) {
        return Templates.login(error != null, bye != null);
    }

    @GET
    @Authenticated
    public TemplateInstance home() {
        return Templates.home();
    }

    /** The credential lives only in the encrypted cookie, so signing out is expiring it in the browser. */
    @POST
    @Path("/logout")
    @Authenticated
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(credentialCookie).path("/").value("").maxAge(0).httpOnly(true).build();
        return Response.seeOther(URI.create("/admin/login?bye=1")).cookie(expired).build();
    }
}
