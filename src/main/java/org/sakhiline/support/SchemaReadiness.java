package org.sakhiline.support;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jboss.logging.Logger;

/**
 * Migrations run once per deploy: by the single server itself at start ({@code SAKHILINE_MIGRATE_AT_START=true},
 * the default), or — with several instances — by one migrate-only run ({@code SAKHILINE_MIGRATE_ONLY=true}: Flyway
 * runs and the process exits 0; the Kubernetes Job, {@code scripts/cluster up}) while the instances start with
 * migration off. Not every instance racing: Flyway's lock on MariaDB is GET_LOCK, local to one Galera node.
 *
 * <p>An instance started with migration off checks at start that the database has every migration it was built
 * with, and stays not ready (naming the missing versions in its log) until it has: it never serves, nor runs a
 * scheduled job, on a schema it does not know. A database ahead of it (a newer build's migration) is fine.
 */
@Readiness
@ApplicationScoped
public class SchemaReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(SchemaReadiness.class);
    private static final Duration WAIT_STEP = Duration.ofSeconds(5);

    private final Flyway flyway;
    private final boolean migratesAtStart;
    /** Once current, always current for this process: migrations only ever get added. */
    private volatile boolean current;

    public SchemaReadiness(Flyway flyway,
                           @ConfigProperty(name = "quarkus.flyway.migrate-at-start") boolean migratesAtStart) {
        this.flyway = flyway;
        this.migratesAtStart = migratesAtStart;
        this.current = migratesAtStart;   // Flyway has brought the schema up to date before anything starts
    }

    /**
     * First of everything that starts (the scheduler, the flow loader, the first administrator all need the schema):
     * while the schema is behind, start-up waits here — the HTTP server answers, liveness is up, readiness is down —
     * and says every minute which migrations it waits for.
     */
    void onStart(@Observes @Priority(Integer.MIN_VALUE + 1) StartupEvent start) throws InterruptedException {
        if (current) {
            return;
        }
        for (long waited = 0; ; waited += WAIT_STEP.toMillis()) {
            String missing = missingMigrations();
            if (missing.isEmpty()) {
                return;
            }
            if (waited % Duration.ofMinutes(1).toMillis() == 0) {
                LOG.errorf("Schema is behind this build: missing %s. Not ready until the migration job has applied them"
                        + " (the service run once with SAKHILINE_MIGRATE_ONLY=true); waiting", missing);
            }
            Thread.sleep(WAIT_STEP.toMillis());
        }
    }

    @Override
    public HealthCheckResponse call() {
        String missing = current ? "" : missingMigrations();
        if (missing.isEmpty()) {
            return HealthCheckResponse.named("schema").up().build();
        }
        return HealthCheckResponse.named("schema").down().withData("missing", missing).build();
    }

    /** The migrations this build has that the database lacks ("V145 move menu session to innodb, ..."); empty when none. */
    public String missingMigrations() {
        MigrationInfo[] pending = flyway.info().pending();
        if (pending.length == 0) {
            if (!current) {
                LOG.info("Schema is current now: this instance becomes ready");
                current = true;
            }
            return "";
        }
        return Arrays.stream(pending).map(m -> "V" + m.getVersion() + " " + m.getDescription()).collect(Collectors.joining(", "));
    }
}
