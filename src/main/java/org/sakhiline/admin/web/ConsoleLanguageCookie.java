package org.sakhiline.admin.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;

/**
 * Her language, remembered in a small cookie by every console page she opens, so the page that says the database is
 * not answering can still speak her language (it cannot read console_user then).
 */
public final class ConsoleLanguageCookie {

    public static final String NAME = "sakhiline-lang";

    private ConsoleLanguageCookie() {}

    static String language(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(NAME);
        return cookie == null ? ConsoleLanguage.EN.tag : ConsoleLanguage.of(cookie.getValue()).tag;
    }

    static String language(io.vertx.ext.web.RoutingContext routing) {
        io.vertx.core.http.Cookie cookie = routing.request().getCookie(NAME);
        return cookie == null ? ConsoleLanguage.EN.tag : ConsoleLanguage.of(cookie.getValue()).tag;
    }
}
