package org.sakhiline.admin.dashboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the dashboard counts as needing attention ({@code sakhiline.dashboard.*}). */
@ConfigMapping(prefix = "sakhiline.dashboard")
public interface DashboardConfig {

    /** A weekly (or fortnightly) group with no meeting held in this many days is listed. */
    @WithDefault("21")
    int quietDaysWeekly();

    /** The same for a group that meets monthly: a month between meetings is normal. */
    @WithDefault("35")
    int quietDaysMonthly();

    /** A VO whose PAR30 share is above this many basis points (500 = 5%) is listed. */
    @WithDefault("500")
    int par30ThresholdBp();

    /** Failed and undeliverable messages are counted over this many days. */
    @WithDefault("7")
    int failedMessageDays();

    /** Months in the savings and loans trend, weeks in the messages chart. */
    @WithDefault("12")
    int trendMonths();

    @WithDefault("12")
    int trendWeeks();

    /** VOs drawn in the PAR chart (highest PAR30 first); the table and the report list them all. */
    @WithDefault("10")
    int parChartVos();

    /** PAR by VO is reused for this long (seconds) before a page view recomputes it. */
    @WithDefault("60")
    int parCacheSeconds();

    /** How often the PAR of the parts of the tree viewed lately is recomputed in the background. */
    @WithDefault("30s")
    String parRefreshEvery();
}
