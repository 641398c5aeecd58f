package org.sakhiline.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The schema after every migration, as Galera needs it, and an instance refusing a schema behind its build. */
@QuarkusTest
class GaleraSchemaTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Flyway flyway;

    @Test
    void everyTableIsInnoDb() throws SQLException {
        List<String> others = new ArrayList<>();
        int tables = 0;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name, engine FROM information_schema.tables"
                     + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables++;
                if (!"InnoDB".equalsIgnoreCase(rs.getString(2))) {
                    others.add(rs.getString(1) + " (" + rs.getString(2) + ")");
                }
            }
        }
        assertTrue(tables > 40, "the migrated schema is there: " + tables + " tables");
        assertEquals(List.of(), others, "Galera replicates InnoDB tables only");
    }

    @Test
    void menuSessionsHaveNoIndexAHopRewrites() throws SQLException {
        // A hop rewrites state, pages, hops, status, updated_at, expires_at and the kept answer: were any of them in
        // a secondary index, every hop would move an index entry too. (Phone and creation time stay as they were.)
        List<String> indexed = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT column_name FROM information_schema.statistics WHERE table_schema = DATABASE()"
                     + " AND table_name = 'menu_session' AND index_name <> 'PRIMARY' ORDER BY column_name")) {
            while (rs.next()) {
                indexed.add(rs.getString(1));
            }
        }
        assertEquals(List.of("created_at", "phone_e164"), indexed);
    }

    @Test
    void anInstanceWithMigrationOffIsNotReadyWhileTheSchemaIsBehind() throws SQLException {
        SchemaReadiness readiness = new SchemaReadiness(flyway, false);
        assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus(), "all migrations applied");

        // Take the latest migration's row out of the history, as if this build met a database one deploy behind.
        String latest = flyway.info().current().getVersion().getVersion();
        List<Object> saved = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM flyway_schema_history WHERE version = ?")) {
                ps.setString(1, latest);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        columns.add(rs.getMetaData().getColumnName(i));
                        saved.add(rs.getObject(i));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM flyway_schema_history WHERE version = ?")) {
                ps.setString(1, latest);
                ps.executeUpdate();
            }
            try {
                SchemaReadiness behind = new SchemaReadiness(flyway, false);
                HealthCheckResponse response = behind.call();
                assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
                String missing = String.valueOf(response.getData().orElseThrow().get("missing"));
                assertTrue(missing.startsWith("V" + latest + " "), missing);
                assertEquals(HealthCheckResponse.Status.DOWN, behind.call().getStatus(), "stays down while behind");
            } finally {
                String marks = String.join(",", columns.stream().map(x -> "?").toList());
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO flyway_schema_history (" + String.join(",", columns)
                        + ") VALUES (" + marks + ")")) {
                    for (int i = 0; i < saved.size(); i++) {
                        ps.setObject(i + 1, saved.get(i));
                    }
                    ps.executeUpdate();
                }
            }
        }
        assertEquals("", new SchemaReadiness(flyway, false).missingMigrations(), "current again once the job has run");
    }
}
