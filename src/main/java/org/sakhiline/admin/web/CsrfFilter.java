package org.sakhiline.admin.web;

import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.impl.CookieImpl;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses any state-changing console request whose form field (or {@code X-CSRF-Token} header) does not
 * match the CSRF cookie, and hands out the cookie with the first page that needs it. Bound by name to
 * console resources only: USSD/SMS/voice gateways and the JSON API (Basic auth, no cookies) are not touched.
 */
@ApplicationScoped
public class CsrfFilter {

    private static final Logger LOG = Logger.getLogger(CsrfFilter.class);
    private static final Duration COOKIE_AGE = Duration.ofHours(12);

    private final CsrfToken csrf;   // request-scoped: a proxy to this request's token

    public CsrfFilter(CsrfToken csrf) {
        this.csrf = csrf;
    }

    @CsrfProtected
    @ServerRequestFilter
    @WithFormRead
    public Response verify(ResteasyReactiveContainerRequestContext request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return null;
        }
        String expected = csrf.fromCookie();
        String supplied = request.getHeaderString(CsrfToken.HEADER);
        if (supplied == null) {
            ResteasyReactiveRequestContext rr = (ResteasyReactiveRequestContext) request.getServerRequestContext();
            Object field = rr.getFormParameter(CsrfToken.FIELD, true, false);
            supplied = field == null ? null : field.toString();
        }
        if (expected != null && supplied != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), supplied.getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        LOG.warnf("console %s %s refused: CSRF token %s", method, request.getUriInfo().getPath(),
                expected == null ? "cookie missing" : supplied == null ? "field missing" : "does not match");
        request.setProperty(ConsoleErrorPages.KIND, "csrf");   // shown as the styled "this form has expired" page
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity("This form has expired or did not come from this console. Go back, reload the page and try again.")
                .build();
    }

    @CsrfProtected
    @ServerResponseFilter
    public void issue(RoutingContext routing) {
        if (!csrf.issued()) {
            return;
        }
        CookieImpl cookie = new CookieImpl(CsrfToken.COOKIE, csrf.token());
        cookie.setHttpOnly(true);
        cookie.setSameSite(CookieSameSite.STRICT);
        cookie.setPath("/admin");
        cookie.setSecure("https".equals(routing.request().scheme()));   // https at the proxy counts (X-Forwarded-Proto)
        cookie.setMaxAge(COOKIE_AGE.toSeconds());
        routing.response().addCookie(cookie);
    }
}
