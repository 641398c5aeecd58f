package org.sakhiline.access.signin;

import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.impl.CookieImpl;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Where sign-in attempts meet HTTP. Before Quarkus reads a password, a form post to {@code /j_security_check}
 * or an {@code /api/*} call with Basic credentials from a locked address or user name is answered 429 with
 * Retry-After from memory: no query, no bcrypt. A lock found later (in the database, by
 * {@link PasswordSignIn}) also ends as a 429, and a successful form sign-in gets its session ticket cookie.
 *
 * <p>The client address is the connection's remote address as Vert.x resolves it: the proxy's own address
 * unless {@code quarkus.http.proxy.*} trusts that proxy's forwarded headers.
 */
@ApplicationScoped
public class SignInGuard {

    static final String FORM_POST = "/j_security_check";
    private static final String THROTTLED = "sakhiline.sign-in.throttled";
    private static final String NEW_TICKET = "sakhiline.sign-in.ticket";

    private final SignInThrottle throttle;
    private final SignInSettings settings;

    public SignInGuard(SignInThrottle throttle, SignInSettings settings) {
        this.throttle = throttle;
        this.settings = settings;
    }

    void routes(@Observes Router router) {
        router.post(FORM_POST).order(Integer.MIN_VALUE + 1).handler(rc -> guard(rc, null));
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(rc -> guard(rc, basicUsername(rc)));
        router.route().order(Integer.MIN_VALUE + 1).failureHandler(rc -> {
            Throwable t = rc.failure();
            while (t != null && !(t instanceof SignInThrottledException)) {
                t = t.getCause();
            }
            if (t != null && !rc.response().ended() && !rc.response().headWritten()) {
                tooManyAttempts(rc, ((SignInThrottledException) t).retryAfterSeconds());
            } else {
                rc.next();
            }
        });
    }

    private void guard(RoutingContext rc, String username) {
        Duration wait = throttle.refusal(username, clientAddress(rc));
        if (wait != null) {
            tooManyAttempts(rc, new SignInThrottledException(wait).retryAfterSeconds());
            return;
        }
        rc.addHeadersEndHandler(ignored -> {
            Long seconds = rc.get(THROTTLED);
            if (seconds != null && rc.response().getStatusCode() != 429) {
                // Quarkus answered a lock found behind the password check with its usual redirect or 401.
                rc.response().setStatusCode(429).putHeader("Retry-After", Long.toString(seconds));
                rc.response().headers().remove("Location").remove("WWW-Authenticate");
            }
            String ticket = rc.get(NEW_TICKET);
            if (ticket != null && rc.response().getStatusCode() < 400) {
                CookieImpl cookie = new CookieImpl(ConsoleSessions.COOKIE, ticket);
                cookie.setHttpOnly(true);
                cookie.setSameSite(CookieSameSite.STRICT);
                cookie.setPath("/");
                cookie.setSecure("https".equals(rc.request().scheme()));
                cookie.setMaxAge(settings.absoluteLifetime().toSeconds());
                rc.response().addCookie(cookie);
            }
        });
        rc.next();
    }

    /** 429 with Retry-After: a short page for the browser, problem+json for an API client. */
    static void tooManyAttempts(RoutingContext rc, long seconds) {
        String wait = seconds < 120 ? seconds + " seconds" : ((seconds + 59) / 60) + " minutes";
        rc.response().setStatusCode(429).putHeader("Retry-After", Long.toString(seconds));
        if (isFormSignIn(rc)) {
            rc.response().putHeader("Content-Type", "text/html; charset=UTF-8").end("<!doctype html><title>Too many "
                    + "sign-in attempts</title><p>Too many wrong passwords. Try again in " + wait + ".</p>"
                    + "<p><a href=\"/admin/login\">Sign in</a></p>");
        } else {
            rc.response().putHeader("Content-Type", "application/problem+json").end("{\"type\":"
                    + "\"https://sakhiline.org/problems/too-many-sign-ins\",\"title\":\"Too many failed sign-ins\","
                    + "\"status\":429,\"detail\":\"Too many wrong passwords. Try again in " + wait + ".\"}");
        }
    }

    /** Marks the request so its answer becomes a 429, and returns the exception that refuses the sign-in. */
    static SignInThrottledException throttled(RoutingContext rc, Duration wait) {
        SignInThrottledException e = new SignInThrottledException(wait);
        if (rc != null) {
            rc.put(THROTTLED, e.retryAfterSeconds());
        }
        return e;
    }

    static void newSession(RoutingContext rc, String ticket) {
        rc.put(NEW_TICKET, ticket);
    }

    static boolean isFormSignIn(RoutingContext rc) {
        return rc.request().method() == HttpMethod.POST && rc.normalizedPath().endsWith(FORM_POST);
    }

    static String clientAddress(RoutingContext rc) {
        SocketAddress remote = rc == null ? null : rc.request().remoteAddress();
        return remote == null ? "unknown" : remote.hostAddress();
    }

    /** The user name of a Basic header, without touching the password; null when there is none. */
    static String basicUsername(RoutingContext rc) {
        String authorization = rc.request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
