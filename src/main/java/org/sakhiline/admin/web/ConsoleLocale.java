package org.sakhiline.admin.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Gives every template rendered for a console request the signed-in user's locale, so {@code {msg:...}} (and the
 * other console bundles) speak her language without page code doing anything. Templates rendered outside a console
 * request (SMS texts, reports run by jobs) keep the default locale. Quarkus does not pick up initializer beans by
 * themselves: this one registers itself on the engine as it is built.
 */
@Singleton
public class ConsoleLocale implements TemplateInstance.Initializer {

    void register(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance instance) {
        ManagedContext requests = Arc.container().requestContext();
        if (!requests.isActive() || !consoleRequest()) {
            return;
        }
        ConsoleContext console = Arc.container().instance(ConsoleContext.class).get();
        instance.setLocale(console.locale());
    }

    private static boolean consoleRequest() {
        CurrentVertxRequest current = Arc.container().instance(CurrentVertxRequest.class).get();
        RoutingContext routing = current == null ? null : current.getCurrent();
        return routing != null && routing.normalizedPath().startsWith("/admin");
    }
}
