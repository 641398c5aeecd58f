package org.sakhiline.admin.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * A console request can fail before any page code runs: signing her in reads console_user on every request, so a
 * database that does not answer fails the request in the HTTP layer. For /admin that failure gets the same "try
 * again" page (503, with Retry) as one inside a page; any other failure goes on to Quarkus' own handler.
 */
@ApplicationScoped
public class ConsoleErrorRoutes {

    private static final Logger LOG = Logger.getLogger(ConsoleErrorRoutes.class);

    void install(@Observes Router router) {
        router.route("/admin/*").order(Integer.MIN_VALUE).failureHandler(this::failed);
    }

    private void failed(RoutingContext routing) {
        if (!DatabaseTrouble.isTransient(routing.failure()) || routing.response().headWritten()) {
            routing.next();
            return;
        }
        LOG.warnf("console %s %s: the database did not answer (%s)", routing.request().method(), routing.normalizedPath(),
                DatabaseTrouble.describe(routing.failure()));
        String retry = "GET".equals(routing.request().method().name()) ? routing.request().uri() : "/admin";
        routing.response().setStatusCode(503).putHeader("Retry-After", "5")
                .putHeader("Content-Type", "text/html;charset=UTF-8")
                .end(ConsoleErrorPages.unavailablePage(ConsoleLanguageCookie.language(routing), retry));
    }
}
