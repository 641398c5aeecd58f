package org.sakhiline.admin.dashboard;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.sakhiline.books.rollup.MonthlyRollup;
import org.sakhiline.support.charts.AxisAmounts;
import org.sakhiline.support.charts.Chart;
import org.sakhiline.support.charts.ChartSeries;
import org.sakhiline.support.i18n.Money;

/** The dashboard's charts as data: labels, series in paise or counts, and a sentence that sums each one up. */
final class TrendCharts {


    private static final ThreadLocal<com.ibm.icu.text.DecimalFormat> COUNTS = ThreadLocal.withInitial(() ->
            new com.ibm.icu.text.DecimalFormat("#,##,##0", com.ibm.icu.text.DecimalFormatSymbols.getInstance(
                    new com.ibm.icu.util.ULocale("en_IN@numbers=latn"))));

    private TrendCharts() {}

    static Chart savingsAndLoans(List<MonthlyRollup.MonthTotals> months, boolean western) {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yy", BookTexts.locale());
        List<String> labels = months.stream().map(m -> month.format(m.month())).toList();
        List<Long> savings = months.stream().map(MonthlyRollup.MonthTotals::savingsBalancePaise).toList();
        List<Long> loans = months.stream().map(MonthlyRollup.MonthTotals::loansOutstandingPaise).toList();
        BookPageMessages t = BookTexts.m();
        String desc = months.isEmpty() ? t.dash_no_months() : t.dash_savings_desc(longMonth(months.get(months.size() - 1).month()),
                money(last(savings), western), money(savings.get(0), western), longMonth(months.get(0).month()),
                money(last(loans), western), money(loans.get(0), western));
        return Chart.of("chart-savings-loans", t.dash_savings_chart_title(), desc, labels,
                List.of(new ChartSeries(t.dash_series_savings(), savings), new ChartSeries(t.dash_series_loans(), loans)),
                v -> AxisAmounts.rupees(v, western), v -> money(v, western));
    }

    static Chart messages(List<MessageFigures.Week> weeks) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", BookTexts.locale());
        List<String> labels = weeks.stream().map(w -> day.format(w.monday())).toList();
        List<Long> delivered = weeks.stream().map(MessageFigures.Week::delivered).toList();
        List<Long> failed = weeks.stream().map(MessageFigures.Week::failed).toList();
        long allDelivered = delivered.stream().mapToLong(Long::longValue).sum();
        long allFailed = failed.stream().mapToLong(Long::longValue).sum();
        BookPageMessages t = BookTexts.m();
        String desc = t.dash_messages_desc(weeks.size(), count(allDelivered), count(allFailed), count(last(delivered)),
                count(last(failed)));
        return Chart.of("chart-messages", t.dash_messages_chart_title(), desc, labels,
                List.of(new ChartSeries(t.dash_series_delivered(), delivered), new ChartSeries(t.dash_series_failed(), failed)),
                TrendCharts::count, TrendCharts::count);
    }

    /** Indian grouping for counts too ("1,25,300"), western for Pakistan. */
    static String count(long n) {
        return COUNTS.get().format(n);
    }

    static String money(long paise, boolean western) {
        return Money.format(paise, new Locale("en", western ? "PK" : "IN"));
    }

    static String percent(long bp) {
        return AxisAmounts.percent(bp);
    }

    private static String longMonth(YearMonth m) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", BookTexts.locale()).format(m);
    }

    private static long last(List<Long> values) {
        return values.isEmpty() ? 0 : values.get(values.size() - 1);
    }
}
