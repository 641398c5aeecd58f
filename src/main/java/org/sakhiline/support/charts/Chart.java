package org.sakhiline.support.charts;

import java.util.List;
import java.util.function.LongFunction;

/**
 * What a chart shows, independent of how it is drawn: one label per point (a month, a week, a VO), one or more
 * series of whole numbers (paise, counts, basis points), a short formatter for the axis and a full one for the
 * table that carries the same numbers for screen readers.
 *
 * @param id          unique on the page: the SVG's title/desc ids derive from it
 * @param links       one link per label for the drill-down (or an empty list)
 * @param reference   an optional line drawn across the chart (a threshold), in the series' unit; null for none
 */
public record Chart(String id, String title, String description, List<String> labels, List<ChartSeries> series,
                    LongFunction<String> axisFormat, LongFunction<String> tableFormat, List<String> links,
                    Long reference, String referenceLabel) {

    public Chart {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
        links = List.copyOf(links);
        for (ChartSeries s : series) {
            if (s.values().size() != labels.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size() + " values for "
                        + labels.size() + " labels");
            }
        }
    }

    public static Chart of(String id, String title, String description, List<String> labels, List<ChartSeries> series,
                           LongFunction<String> axisFormat, LongFunction<String> tableFormat) {
        return new Chart(id, title, description, labels, series, axisFormat, tableFormat, List.of(), null, null);
    }

    public Chart withLinks(List<String> perLabel) {
        return new Chart(id, title, description, labels, series, axisFormat, tableFormat, perLabel, reference, referenceLabel);
    }

    public Chart withReference(long value, String label) {
        return new Chart(id, title, description, labels, series, axisFormat, tableFormat, links, value, label);
    }

    public boolean isEmpty() {
        return labels.isEmpty() || series.stream().allMatch(s -> s.values().stream().allMatch(v -> v == 0));
    }

    /** The table rows: each label with every series' value written in full. */
    public List<Row> rows() {
        return java.util.stream.IntStream.range(0, labels.size()).mapToObj(i -> new Row(labels.get(i),
                series.stream().map(s -> tableFormat.apply(s.values().get(i))).toList(),
                i < links.size() ? links.get(i) : null)).toList();
    }

    public List<String> seriesNames() {
        return series.stream().map(ChartSeries::name).toList();
    }

    public record Row(String label, List<String> cells, String href) {}
}
