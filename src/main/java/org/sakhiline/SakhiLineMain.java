package org.sakhiline;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.Arrays;
import org.sakhiline.demo.DemoDataCommand;
import org.sakhiline.support.EmbeddedMariaDb;

/**
 * Entry point. With {@code -Dsakhiline.embedded-db=true} and no datasource URL configured, starts an
 * embedded MariaDB (the production engine, so there is no second SQL dialect) before Quarkus, so that
 * the demo runs on a machine with no database server.
 *
 * <p>{@code load-demo-data [--members N] ...} as first argument loads a demo data set and exits
 * instead of serving (see scripts/load-demo-data).
 */
@QuarkusMain
public class SakhiLineMain {

    public static final String LOAD_DEMO_DATA = "load-demo-data";

    public static void main(String... args) {
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
