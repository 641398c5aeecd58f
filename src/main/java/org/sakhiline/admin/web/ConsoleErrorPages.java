package org.sakhiline.admin.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every refusal, not-found and failure of a console page answers inside the console's layout, in her language, with
 * a way back: whatever the page threw (ConsoleErrors.notFound, a ForbiddenException, a DomainException the shared
 * mappers turned into a text line, an unexpected error), a text or empty error answer under /admin is replaced by the
 * styled page here. A database that did not answer gets a page with Retry (503) instead of "internal error".
 * Pages that answer with their own HTML (a form re-shown with its refusal, 409/422) are left alone.
 */
public class ConsoleErrorPages {

    private final ConsoleContext console;   // request scoped: a proxy to this request's

    public ConsoleErrorPages(ConsoleContext console) {
        this.console = console;
    }

    private static final Logger LOG = Logger.getLogger(ConsoleErrorPages.class);
    /** Request property a filter sets to choose the page's words, e.g. {@code "csrf"} for an expired form. */
    public static final String KIND = "sakhiline.console.error";

    @CheckedTemplate(basePath = "admin/errors")
    static class Templates {
        static native TemplateInstance error(int status, String kind, String ref, String retry);

        static native TemplateInstance unavailable(String language, String retry);
    }

    @ServerResponseFilter
    public void style(ContainerRequestContext request, ContainerResponseContext response, Throwable error) {
        String path = request.getUriInfo().getPath();
        int status = response.getStatus();
        if (!path.startsWith("/admin") || path.startsWith("/admin/static/")) {
            return;
        }
        if (status < 400) {
            rememberLanguage(request, response);
            return;
        }
        if (ownPage(response) && !DatabaseTrouble.isTransient(error)) {
            return;
        }
        String retry = "GET".equals(request.getMethod()) ? request.getUriInfo().getRequestUri().getRawPath()
                + (request.getUriInfo().getRequestUri().getRawQuery() == null ? "" : "?" + request.getUriInfo().getRequestUri().getRawQuery())
                : "/admin";
        if (DatabaseTrouble.isTransient(error)) {
            LOG.warnf("console %s %s: the database did not answer (%s)", request.getMethod(), path, DatabaseTrouble.describe(error));
            response.setStatus(503);
            response.getHeaders().putSingle("Retry-After", "5");
            response.setEntity(unavailablePage(ConsoleLanguageCookie.language(request), retry),
                    new Annotation[0], MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
            return;
        }
        Object kindProperty = request.getProperty(KIND);
        String kind = kindProperty != null ? kindProperty.toString()
                : status == 403 ? "403" : status == 404 || status == 405 ? "404" : status >= 500 ? "500" : null;
        if (kind == null) {
            return;   // 400 and the like: the page's own short answer stays
        }
        String ref = null;
        if ("500".equals(kind)) {
            ref = refOf(response.getEntity());
        }
        response.setEntity(Templates.error(status, kind, ref, retry).render(), new Annotation[0],
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    /** The page for a database that did not answer, in {@code language}: it reads nothing from the database. */
    static String unavailablePage(String language, String retry) {
        return Templates.unavailable(language, retry).setLocale(ConsoleLanguage.of(language).locale()).render();
    }

    private void rememberLanguage(ContainerRequestContext request, ContainerResponseContext response) {
        if (!console.signedIn() || console.language().equals(ConsoleLanguageCookie.language(request))
                && request.getCookies().containsKey(ConsoleLanguageCookie.NAME)) {
            return;
        }
        response.getHeaders().add("Set-Cookie", ConsoleLanguageCookie.NAME + "=" + console.language()
                + "; Path=/admin; Max-Age=31536000; SameSite=Strict; HttpOnly");
    }

    /** A page that answered with its own HTML (a re-shown form) keeps it; text, problem+json and empty answers do not. */
    private static boolean ownPage(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity instanceof TemplateInstance) {
            return true;
        }
        MediaType type = response.getMediaType();
        return entity instanceof String && type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE);
    }

    /** The shared mappers log a 500 with a short reference ("... (ref 1a2b3c4d)"): show the same one. */
    private static String refOf(Object entity) {
        if (entity instanceof String text) {
            int at = text.lastIndexOf("(ref ");
            if (at >= 0 && text.endsWith(")")) {
                return text.substring(at + 5, text.length() - 1);
            }
        }
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
