package org.sakhiline;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.sakhiline.support.EmbeddedMariaDb;

/**
 * Entry point. With {@code -Dsakhiline.embedded-db=true} and no datasource URL configured, starts an
 * embedded MariaDB (the production engine, so there is no second SQL dialect) before Quarkus, so that
 * the demo runs on a machine with no database server.
 */
@QuarkusMain
public class SakhiLineMain {

    public static void main(String... args) {
        EmbeddedMariaDb.startIfRequested();
        Quarkus.run(args);
    }
}
