package org.sakhiline.demo;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.jboss.logging.Logger;
import org.sakhiline.demo.DemoDataGenerator.Settings;

/**
 * {@code load-demo-data [--members N] [--seed S] [--anchor-date YYYY-MM-DD]}: loads a demo data set of
 * any size into an empty database and exits (0 loaded, 1 failed, 2 bad arguments or database not empty).
 * Defaults come from {@code sakhiline.demo-data.*}.
 */
public class DemoDataCommand implements QuarkusApplication {

    private static final Logger LOG = Logger.getLogger(DemoDataCommand.class);
    static final String USAGE = "usage: load-demo-data [--members N] [--seed S] [--anchor-date YYYY-MM-DD]";

    @Inject
    DemoDataLoader loader;

    @Override
    public int run(String... args) {
        Settings settings;
        try {
            settings = parse(loader.configuredSettings(), args);
        } catch (IllegalArgumentException e) {
            LOG.error(e.getMessage() + "\n" + USAGE);
            return 2;
        }
        long units = loader.orgUnitCount();
        if (units > 0) {
            LOG.errorf("The database already has %d org units: load demo data into an empty database", units);
            return 2;
        }
        loader.load(settings);
        return 0;
    }

    /** Applies command-line options over the configured settings. */
    static Settings parse(Settings defaults, String... args) {
        long seed = defaults.seed();
        int members = defaults.members();
        LocalDate anchor = defaults.anchorDate();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + option);
            }
            String value = args[++i];
            try {
                switch (option) {
                    case "--members" -> members = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--anchor-date" -> anchor = LocalDate.parse(value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("bad value for " + option + ": " + value);
            }
        }
        return new Settings(seed, members, anchor);
    }
}
