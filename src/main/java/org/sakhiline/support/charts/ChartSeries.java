package org.sakhiline.support.charts;

import java.util.List;

/** One named line or set of bars; values in the chart's unit (paise, counts, basis points). */
public record ChartSeries(String name, List<Long> values) {

    public ChartSeries {
        values = List.copyOf(values);
    }
}
