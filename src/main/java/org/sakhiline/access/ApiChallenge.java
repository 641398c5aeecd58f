package org.sakhiline.access;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * With form sign-in also enabled, Quarkus answers an unauthenticated API call with a bare 401. Machine
 * clients (curl, scripts) expect to be told which scheme to use, so API 401s carry a Basic challenge.
 */
@ApplicationScoped
public class ApiChallenge {

    static final String CHALLENGE = "Basic realm=\"SakhiLine\", charset=\"UTF-8\"";

    void addBasicChallenge(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).handler(rc -> {
            rc.addHeadersEndHandler(ignored -> {
                if (rc.response().getStatusCode() == 401 && !rc.response().headers().contains("WWW-Authenticate")) {
                    rc.response().putHeader("WWW-Authenticate", CHALLENGE);
                }
            });
            rc.next();
        });
    }
}
