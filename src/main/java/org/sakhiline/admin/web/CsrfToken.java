package org.sakhiline.admin.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The console's CSRF token (double-submit): a random value in an HttpOnly, SameSite=Strict cookie, repeated
 * in a hidden field of every form ({@code {inject:csrf.token}} in templates). A forged cross-site post
 * cannot read the cookie, so it cannot repeat it.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    public static final String COOKIE = "sakhiline-csrf";
    public static final String FIELD = "csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RoutingContext routing;
    private String token;
    private boolean issued;

    public CsrfToken(RoutingContext routing) {
        this.routing = routing;
    }

    /** The token for this browser: the cookie's when it has a well-formed one, else a new one. */
    public String token() {
        if (token == null) {
            String fromCookie = fromCookie();
            if (fromCookie != null) {
                token = fromCookie;
            } else {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                issued = true;
            }
        }
        return token;
    }

    public String field() {
        return FIELD;
    }

    String fromCookie() {
        Cookie cookie = routing.request().getCookie(COOKIE);
        return cookie != null && WELL_FORMED.matcher(cookie.getValue()).matches() ? cookie.getValue() : null;
    }

    /** True when this request made a new token that the browser has yet to receive. */
    boolean issued() {
        return issued;
    }
}
