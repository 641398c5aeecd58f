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
import jakarta.ws.rs.CookieParam;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sakhiline.access.signin.ConsoleSessions;
import org.sakhiline.admin.dashboard.Dashboard;
import org.sakhiline.admin.dashboard.DashboardView;

/** Sign-in page, the console's start page (the dashboard) and sign-out. The sign-in form itself posts to Quarkus' form mechanism. */
@Path("/admin")
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
public class ConsoleResource {

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedOut);

        static native TemplateInstance home(DashboardView page);
    }

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String credentialCookie;

    @jakarta.inject.Inject
    ConsoleSessions sessions;

    @jakarta.inject.Inject
    Dashboard dashboard;

    @GET
    @Path("/login")
    public TemplateInstance login(@QueryParam("error") String error, @QueryParam("bye") String bye) {
        return Templates.login(error != null, bye != null);
    }

    @GET
    @Authenticated
    public TemplateInstance home() {
        return Templates.home(dashboard.view());
    }

    /**
     * Any /admin address no page answers: the console's own 404 page (inside the layout, with a way back) rather than
     * the browser's. More specific resources win (JAX-RS matches the longest literal path first); static files are
     * served before the REST layer.
     */
    @GET
    @Path("{unknown: .+}")
    public Response unknown() {
        return Response.status(Response.Status.NOT_FOUND).build();
    }

    /**
     * Ends the session on the server (a copy of the cookies taken before now opens nothing) and expires both
     * cookies in the browser.
     */
    @POST
    @Path("/logout")
    @Authenticated
    public Response logout(@CookieParam(ConsoleSessions.COOKIE) String ticket) {
        sessions.close(ticket);
        NewCookie expired = new NewCookie.Builder(credentialCookie).path("/").value("").maxAge(0).httpOnly(true).build();
        NewCookie expiredTicket = new NewCookie.Builder(ConsoleSessions.COOKIE).path("/").value("").maxAge(0).httpOnly(true).build();
        return Response.seeOther(URI.create("/admin/login?bye=1")).cookie(expired, expiredTicket).build();
    }
}
