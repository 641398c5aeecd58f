package org.sakhiline.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Loads the demo data at start when {@code sakhiline.demo-data.load=true} (scripts/demo sets it).
 * Runs after Flyway has migrated and before the HTTP server takes requests, so readiness means the
 * data is there.
 */
@ApplicationScoped
class DemoDataOnStartup {

    private final DemoDataConfig config;
    private final DemoDataLoader loader;

    DemoDataOnStartup(DemoDataConfig config, DemoDataLoader loader) {
        this.config = config;
        this.loader = loader;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.load()) {
            loader.loadIfEmpty();
        }
    }
}
