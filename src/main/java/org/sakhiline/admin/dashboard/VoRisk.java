package org.sakhiline.admin.dashboard;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sakhiline.reports.ReportLine;
import org.sakhiline.reports.par.ParFigures;
import org.sakhiline.support.charts.AxisAmounts;
import org.sakhiline.support.charts.Chart;
import org.sakhiline.support.charts.ChartSeries;
import org.sakhiline.support.charts.SvgCharts;

/**
 * Portfolio at risk by VO ({@link ParByVo}, from the reports' PortfolioAtRisk) for today: every VO whose PAR30 share is above
 * the threshold is an attention item (drilling into its PAR report and loans at risk), and the VOs with the highest
 * share are a chart. Request-scoped: the items and the chart share one computation per page.
 */
@RequestScoped
public class VoRisk implements AttentionSource {

    private final ParByVo parByVo;
    private final DashboardConfig config;
    private List<ReportLine<ParFigures>> vos;

    public VoRisk(ParByVo parByVo, DashboardConfig config) {
        this.parByVo = parByVo;
        this.config = config;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<AttentionItem> items(DashboardScope scope) {
        List<AttentionItem> out = new ArrayList<>();
        BookPageMessages m = BookTexts.m();
        boolean western = LocalTimes.PAKISTAN.equals(scope.zone());
        for (ReportLine<ParFigures> vo : vos(scope)) {
            ParFigures f = vo.total();
            if (f.outstandingPaise() > 0 && f.par30Bp() > config.par30ThresholdBp()) {
                out.add(new AttentionItem("par-vo-" + vo.unit().id(), m.dash_par_item(vo.unit().name(), vo.unit().code(),
                        AxisAmounts.percent(f.par30Bp())),
                        m.dash_par_detail(TrendCharts.money(f.par30Paise(), western), TrendCharts.money(f.outstandingPaise(), western),
                                f.loansAtRisk30(), AxisAmounts.percent(config.par30ThresholdBp())),
                        "/admin/reports/par?unit=" + vo.unit().id(), m.dash_see_loans()));
            }
        }
        return out;
    }

    @Override
    public String what() {
        return BookTexts.m().dash_what_par();
    }

    /** The chart of the VOs with the highest PAR30 share, or nothing when no VO in scope has a loan outstanding. */
    Optional<DashboardView.Panel> panel(DashboardScope scope) {
        List<ReportLine<ParFigures>> lending = vos(scope).stream().filter(v -> v.total().outstandingPaise() > 0)
                .sorted(Comparator.comparingInt((ReportLine<ParFigures> v) -> v.total().par30Bp()).reversed()
                        .thenComparing(v -> v.unit().code()))
                .limit(config.parChartVos()).toList();
        if (lending.isEmpty()) {
            return Optional.empty();
        }
        List<Long> shares = lending.stream().map(v -> (long) v.total().par30Bp()).toList();
        long above = lending.stream().filter(v -> v.total().par30Bp() > config.par30ThresholdBp()).count();
        BookPageMessages m = BookTexts.m();
        String limit = AxisAmounts.percent(config.par30ThresholdBp());
        String desc = m.dash_par_chart_desc(above, limit, lending.get(0).unit().name(), AxisAmounts.percent(shares.get(0)));
        Chart chart = Chart.of("chart-par", m.dash_par_chart_title(), desc,
                        lending.stream().map(v -> v.unit().name() + " (" + v.unit().code() + ")").toList(),
                        List.of(new ChartSeries(m.dash_par_series(), shares)), AxisAmounts::percent, AxisAmounts::percent)
                .withReference(config.par30ThresholdBp(), m.dash_par_limit(limit))
                .withLinks(lending.stream().map(v -> "/admin/reports/par?unit=" + v.unit().id()).toList());
        return Optional.of(new DashboardView.Panel("par", m.dash_par_heading(), m.dash_par_note(lending.size()), chart,
                SvgCharts.horizontalBars(chart), "/admin/reports/par", m.dash_see_par_report(), m.dash_vo()));
    }

    private List<ReportLine<ParFigures>> vos(DashboardScope scope) {
        if (vos == null) {
            vos = parByVo.vos(scope.rootId(), scope.today());
        }
        return vos;
    }
}
