package org.sakhiline.support;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The two switches of "migrations once per deploy", turned into the Quarkus settings they imply, so that an
 * operator sets one variable, never a combination that contradicts itself:
 * <ul>
 *   <li>{@code SAKHILINE_MIGRATE_AT_START} (default true: the single server and the demo): Flyway migrates at start.
 *       False for the instances of a cluster: they do not migrate, and Hibernate's schema validation is left to
 *       {@link SchemaReadiness} — an instance whose schema is behind stays running and not ready, naming the missing
 *       versions, instead of dying at start and crash-looping through a rolling deploy;</li>
 *   <li>{@code SAKHILINE_MIGRATE_ONLY} (default false): migrate and exit 0 ({@code quarkus.init-and-exit}) — the
 *       Kubernetes Job, {@code scripts/cluster up}. It always migrates, whatever the other switch says.</li>
 * </ul>
 * Each is read from a system property ({@code -Dsakhiline.migrate-at-start}, {@code -Dsakhiline.migrate-only}) or
 * the environment. Above application.properties, below the environment: an explicit Quarkus variable still wins.
 */
public class MigrationSettings implements ConfigSource {

    private static final String MIGRATE_AT_START = "quarkus.flyway.migrate-at-start";
    private static final String INIT_AND_EXIT = "quarkus.init-and-exit";
    private static final String SCHEMA_MANAGEMENT = "quarkus.hibernate-orm.schema-management.strategy";

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> values = new java.util.HashMap<>();
        for (String name : getPropertyNames()) {
            String value = getValue(name);
            if (value != null) {
                values.put(name, value);
            }
        }
        return values;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(MIGRATE_AT_START, INIT_AND_EXIT, SCHEMA_MANAGEMENT);
    }

    @Override
    public String getValue(String name) {
        boolean migrateOnly = flag("sakhiline.migrate-only", false);
        boolean atStart = migrateOnly || flag("sakhiline.migrate-at-start", true);
        return switch (name) {
            case MIGRATE_AT_START -> String.valueOf(atStart);
            case INIT_AND_EXIT -> migrateOnly ? "true" : null;
            case SCHEMA_MANAGEMENT -> atStart ? null : "none";
            default -> null;
        };
    }

    @Override
    public int getOrdinal() {
        return 275;
    }

    @Override
    public String getName() {
        return "sakhiline-migration-settings";
    }

    private static boolean flag(String property, boolean otherwise) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? otherwise : Boolean.parseBoolean(value.trim());
    }
}
