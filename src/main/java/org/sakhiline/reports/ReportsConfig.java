package org.sakhiline.reports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Report roll-ups and Panchasutra grading ({@code sakhiline.reports.*}). */
@ConfigMapping(prefix = "sakhiline.reports")
public interface ReportsConfig {

    /** How many months back (the current one included) the roll-ups keep; older months are read live. */
    @WithDefault("24")
    int rollupMonths();

    /**
     * A rebuild treats postings created this long before it started as settled; newer ones (perhaps still in
     * flight) leave their groups read live until the next refresh.
     */
    @WithDefault("120")
    int inFlightMarginSeconds();

    /** How often groups whose books changed are recomputed (read by the scheduler; here so the key is known). */
    @WithDefault("60s")
    String refreshEvery();

    /** When every group is recomputed (Quartz cron, India time; read by the scheduler). */
    @WithDefault("0 5 0 * * ?")
    String rebuildCron();

    Grading grading();

    interface Grading {

        /** Each sutra is scored over the group's last this-many meetings on or before the grading day. */
        @WithDefault("12")
        int meetings();

        /** Lowest average score (0–100) for grade A. */
        @WithDefault("80")
        int aMin();

        /** Lowest average score for grade B; below it, C. */
        @WithDefault("60")
        int bMin();

        /** When every group is regraded (Quartz cron, India time; read by the scheduler). */
        @WithDefault("0 30 1 * * ?")
        String cron();
    }
}
