package org.sakhiline.demo;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.logging.Logger;
import org.sakhiline.books.pins.PinHasher;
import org.sakhiline.demo.DemoDataGenerator.Settings;

/** Loads the demo data set into the service's database (at start, or from the load-and-exit command). */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    private final AgroalDataSource dataSource;
    private final DemoDataConfig config;
    private final PinHasher pinHasher;

    DemoDataLoader(AgroalDataSource dataSource, DemoDataConfig config, PinHasher pinHasher) {
        this.dataSource = dataSource;
        this.config = config;
        this.pinHasher = pinHasher;
    }

    /** Settings from configuration: member count, seed, anchor date (default: today in India). */
    public Settings configuredSettings() {
        return new Settings(config.seed(), config.members(),
                config.anchorDate().orElseGet(() -> LocalDate.now(ZoneId.of("Asia/Kolkata"))));
    }

    public long orgUnitCount() {
        try {
            return DemoDataWriter.orgUnitCount(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count org units: " + e.getMessage(), e);
        }
    }

    /** Loads {@code settings} into an empty ledger and logs what it wrote and how long it took. */
    public DemoDataWriter.Result load(Settings settings) {
        LOG.infof("Loading demo data: %,d members, seed %d, anchor date %s", settings.members(), settings.seed(),
                settings.anchorDate());
        try {
            DemoDataWriter.Result result = DemoDataWriter.write(dataSource, settings, config.chunkRows(), pinHasher::hash);
            LOG.infof("Demo data loaded: %s", result.describe());
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load demo data: " + e.getMessage(), e);
        }
    }

    /** The start-up path: loads the configured data set unless the database already has org units. */
    public void loadIfEmpty() {
        long units = orgUnitCount();
        if (units > 0) {
            LOG.infof("Demo data not loaded: the database already has %d org units", units);
            return;
        }
        load(configuredSettings());
    }
}
