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

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private static final ThreadLocal<com.ibm.icu.text.DecimalFormat> COUNTS = ThreadLocal.withInitial(() ->
            new com.ibm.icu.text.DecimalFormat("#,##,##0", com.ibm.icu.text.DecimalFormatSymbols.getInstance(
                    new com.ibm.icu.util.ULocale("en_IN@numbers=latn"))));

    private TrendCharts() {}

    static Chart savingsAndLoans(List<MonthlyRollup.MonthTotals> months, boolean western) {
        List<String> labels = months.stream().map(m -> MONTH.format(m.month())).toList();
        List<Long> savings = months.stream().map(MonthlyRollup.MonthTotals::savingsBalancePaise).toList();
        List<Long> loans = months.stream().map(MonthlyRollup.MonthTotals::loansOutstandingPaise).toList();
        String desc = months.isEmpty() ? "No months to show." : "Savings at the end of " + longMonth(months.get(months.size() - 1).month())
                + ": " + money(last(savings), western) + " (" + money(savings.get(0), western) + " at the end of "
                + longMonth(months.get(0).month()) + "). Loan principal outstanding: " + money(last(loans), western) + " ("
                + money(loans.get(0), western) + ").";
        return Chart.of("chart-savings-loans", "Savings and loans outstanding at each month's end", desc, labels,
                List.of(new ChartSeries("Savings", savings), new ChartSeries("Loans outstanding", loans)),
                v -> AxisAmounts.rupees(v, western), v -> money(v, western));
    }

    static Chart messages(List<MessageFigures.Week> weeks) {
        List<String> labels = weeks.stream().map(w -> DAY.format(w.monday())).toList();
        List<Long> delivered = weeks.stream().map(MessageFigures.Week::delivered).toList();
        List<Long> failed = weeks.stream().map(MessageFigures.Week::failed).toList();
        long allDelivered = delivered.stream().mapToLong(Long::longValue).sum();
        long allFailed = failed.stream().mapToLong(Long::longValue).sum();
        String desc = "Over the last " + weeks.size() + " weeks " + count(allDelivered) + " delivered and " + count(allFailed)
                + " failed; this week so far " + count(last(delivered)) + " delivered and " + count(last(failed)) + " failed.";
        return Chart.of("chart-messages", "Messages delivered and failed each week", desc, labels,
                List.of(new ChartSeries("Delivered", delivered), new ChartSeries("Failed", failed)),
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
        return MONTH_LONG.format(m);
    }

    private static long last(List<Long> values) {
        return values.isEmpty() ? 0 : values.get(values.size() - 1);
    }
}
