package org.sakhiline.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.util.Optional;

/** Demo data settings ({@code sakhiline.demo-data.*}). */
@ConfigMapping(prefix = "sakhiline.demo-data")
public interface DemoDataConfig {

    /** Load the demo data set at start when the database has no org units yet. */
    @WithDefault("false")
    boolean load();

    /** Number of members to generate (at least 100; the demo uses 300). */
    @WithDefault("300")
    int members();

    /** Random seed: the same seed and anchor date give the same data set. */
    @WithDefault("1")
    long seed();

    /** The "today" of the data set: a year of history before it, eight weeks of meetings after. Default: today in India. */
    Optional<LocalDate> anchorDate();

    /** Rows written per database transaction. */
    @WithDefault("5000")
    int chunkRows();
}
