package org.sakhiline.admin.dashboard;

import java.util.List;
import org.sakhiline.support.charts.Chart;

/**
 * The landing page, already in words: whose part of the federation, as of when (zone named), what needs
 * attention, and the trend charts with their drill-down links.
 *
 * @param unchecked sources that failed this time ("could not be checked"), so a silent gap is never read as "all well"
 */
public record DashboardView(String scopeLabel, String asOf, List<AttentionItem> attention, List<String> unchecked,
                            List<Panel> panels) {

    /** One chart: its drawing (SVG markup), the numbers as a table, and where it drills to. */
    public record Panel(String id, String heading, String note, Chart chart, String svg, String href, String linkText,
                        String labelHeading) {}
}
