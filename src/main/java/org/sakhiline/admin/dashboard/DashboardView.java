package org.sakhiline.admin.dashboard;

import java.util.List;
import org.sakhiline.support.charts.Chart;

/**
 * The landing page, already in words: whose part of the federation, as of when (zone named), what needs
 * attention, and the trend charts with their drill-down links.
 *
 * @param alerts    banners above the list: nothing can be sent, for instance
 * @param unchecked sources that failed this time ("could not be checked"), so a silent gap is never read as "all well"
 */
public record DashboardView(String scopeLabel, String asOf, List<AttentionItem> alerts, List<AttentionItem> attention,
                            List<String> unchecked, List<Panel> panels) {

    /** Nothing to say: no banner, no item, no source that failed. */
    public boolean allWell() {
        return alerts.isEmpty() && attention.isEmpty() && unchecked.isEmpty();
    }

    /** The list below the banners has something on it. */
    public boolean listed() {
        return !attention.isEmpty() || !unchecked.isEmpty();
    }

    /** One chart: its drawing (SVG markup), the numbers as a table, and where it drills to. */
    public record Panel(String id, String heading, String note, Chart chart, String svg, String href, String linkText,
                        String labelHeading) {}
}
