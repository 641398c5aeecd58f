package org.sakhiline.admin.reports;

import static org.sakhiline.admin.reports.ReportWords.day;
import static org.sakhiline.admin.reports.ReportWords.money;
import static org.sakhiline.admin.reports.ReportWords.share;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sakhiline.admin.dashboard.BookPageMessages;
import org.sakhiline.admin.dashboard.BookTexts;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.reports.Figures;
import org.sakhiline.reports.ReportLine;
import org.sakhiline.reports.ReportUnit;
import org.sakhiline.reports.dcb.DcbFigures;
import org.sakhiline.reports.dcb.DcbReport;
import org.sakhiline.reports.grading.GradeCard;
import org.sakhiline.reports.grading.GradingReport;
import org.sakhiline.reports.grading.SutraScore;
import org.sakhiline.reports.par.ParFigures;
import org.sakhiline.reports.par.ParLoan;
import org.sakhiline.reports.par.ParReport;
import org.sakhiline.reports.ratios.RatioFigures;
import org.sakhiline.reports.ratios.RatiosReport;

/** Turns reports into {@link ReportView}s: one row per line with its drill-down link, the total, and per fund source. */
final class ReportViews {

    private ReportViews() {}

    /** Where a line leads: a member's page, or the same report one level down. */
    static String drill(String report, ReportUnit u, String dates) {
        return u.isMember() ? "/admin/members/" + u.id() : "/admin/reports/" + report + "?unit=" + u.id() + dates;
    }

    static String up(String report, ReportUnit root, String dates) {
        if (root.isWhole()) {
            return null;
        }
        return "/admin/reports/" + report + (root.parentId() == null ? "?" + dates.replaceFirst("^&", "")
                : "?unit=" + root.parentId() + dates);
    }

    static String unitQuery(ReportUnit root) {
        return root.isWhole() ? "" : "?unit=" + root.id();
    }

    private static <F extends Figures<F>> List<ReportView.Row> rows(String report, List<ReportLine<F>> lines, ReportLine<F> total,
                                                                     String dates, Function<F, List<String>> cells) {
        List<ReportView.Row> rows = new ArrayList<>();
        for (ReportLine<F> l : lines) {
            rows.add(new ReportView.Row(ReportWords.unitLabel(l.unit()), drill(report, l.unit(), dates), ReportWords.level(l.unit()),
                    cells.apply(l.total()), false));
        }
        rows.add(new ReportView.Row(BookTexts.m().rep_total(), null, ReportWords.unitLabel(total.unit()), cells.apply(total.total()), true));
        return rows;
    }

    private static <F extends Figures<F>> ReportView.Table byFund(String id, ReportLine<F> total, List<String> headings,
                                                                  Function<F, List<String>> cells) {
        List<ReportView.Row> rows = new ArrayList<>();
        for (Map.Entry<FundSource, F> e : total.byFund().entrySet()) {
            rows.add(new ReportView.Row(ReportWords.fund(e.getKey()), null, null, cells.apply(e.getValue()), false));
        }
        return new ReportView.Table(id, BookTexts.m().rep_by_fund(), headings, rows);
    }

    static ReportView par(ParReport r) {
        ReportUnit root = r.root();
        String dates = "&asOf=" + r.asOf();
        Function<ParFigures, List<String>> cells = f -> List.of(String.valueOf(f.loans()), money(f.outstandingPaise(), root),
                money(f.par30Paise(), root) + " · " + share(f.par30Bp()), money(f.par60Paise(), root) + " · " + share(f.par60Bp()),
                money(f.par90Paise(), root) + " · " + share(f.par90Bp()), money(f.overduePaise(), root));
        BookPageMessages m = BookTexts.m();
        List<String> headings = List.of(m.rep_where(), m.rep_par_loans(), m.rep_par_outstanding(), m.rep_par_30(), m.rep_par_60(),
                m.rep_par_90(), m.rep_par_overdue());
        List<String> fundHeadings = new ArrayList<>(headings);
        fundHeadings.set(0, m.rep_fund_source());
        return new ReportView(m.rep_par_title(), m.rep_par_subtitle(ReportWords.unitLabel(root), day(r.asOf()),
                ReportWords.zoneName(root)), "/admin/reports/par", root.isWhole() ? null : root.id(), unitQuery(root),
                up("par", root, dates), List.of(new ReportView.Field(m.rep_on(), "date", "asOf", r.asOf().toString())),
                "/admin/reports/par/export?format=csv" + exportQuery(root, dates),
                "/admin/reports/par/export?format=xlsx" + exportQuery(root, dates),
                List.of(new ReportView.Table("par-lines", m.rep_below(ReportWords.unitLabel(root)), headings,
                                rows("par", r.lines(), r.total(), dates, cells)),
                        byFund("par-funds", r.total(), fundHeadings, cells)),
                List.of(), ReportWords.definitions(r.definitions(), m.rep_defs_par()), ReportWords.now(root));
    }

    static ReportView.Table loansAtRisk(List<ParLoan> loans, ReportUnit root) {
        List<ReportView.Row> rows = new ArrayList<>();
        BookPageMessages m = BookTexts.m();
        for (ParLoan l : loans) {
            rows.add(new ReportView.Row(m.rep_borrower(l.memberName(), String.valueOf(l.memberNo()), l.shgCode()),
                    "/admin/members/" + l.memberId(), m.rep_lent_on(ReportWords.fund(l.fundSource()), day(l.disbursalDate())),
                    List.of(String.valueOf(l.daysOverdue()), day(l.oldestUnpaidDueDate()), money(l.outstandingPaise(), root),
                            money(l.overduePaise(), root)), false));
        }
        return new ReportView.Table("par-loans", m.rep_loans_late_caption(),
                List.of(m.rep_th_borrower(), m.rep_th_days_late(), m.rep_th_unpaid_since(), m.rep_par_outstanding(),
                        m.rep_th_overdue()), rows);
    }

    static ReportView dcb(DcbReport r) {
        ReportUnit root = r.root();
        String dates = "&from=" + r.from() + "&to=" + r.to();
        Function<DcbFigures, List<String>> cells = f -> List.of(money(f.arrearsAtStartPaise(), root),
                money(f.dueInPeriodPaise() - f.paidAheadBeforePaise(), root), money(f.demandPaise(), root),
                money(f.collectedAgainstDemandPaise(), root), money(f.collectedAdvancePaise(), root), money(f.balancePaise(), root),
                money(f.overdueAtEndPaise(), root), share(f.collectionRateBp()));
        BookPageMessages m = BookTexts.m();
        List<String> headings = List.of(m.rep_where(), m.rep_dcb_arrears(), m.rep_dcb_due(), m.rep_dcb_demand(), m.rep_dcb_collected(),
                m.rep_dcb_ahead(), m.rep_dcb_balance(), m.rep_dcb_overdue_end(), m.rep_dcb_rate());
        List<String> fundHeadings = new ArrayList<>(headings);
        fundHeadings.set(0, m.rep_fund_source());
        return new ReportView(m.rep_dcb_title(), m.rep_period_subtitle(ReportWords.unitLabel(root), day(r.from()), day(r.to()),
                ReportWords.zoneName(root)), "/admin/reports/dcb",
                root.isWhole() ? null : root.id(), unitQuery(root), up("dcb", root, dates),
                List.of(new ReportView.Field(m.rep_from(), "date", "from", r.from().toString()),
                        new ReportView.Field(m.rep_to(), "date", "to", r.to().toString())),
                "/admin/reports/dcb/export?format=csv" + exportQuery(root, dates),
                "/admin/reports/dcb/export?format=xlsx" + exportQuery(root, dates),
                List.of(new ReportView.Table("dcb-lines", m.rep_below(ReportWords.unitLabel(root)), headings,
                                rows("dcb", r.lines(), r.total(), dates, cells)),
                        byFund("dcb-funds", r.total(), fundHeadings, cells)),
                List.of(), ReportWords.definitions(r.definitions(), m.rep_defs_dcb()), ReportWords.now(root));
    }

    static ReportView ratios(RatiosReport r) {
        ReportUnit root = r.root();
        String dates = "&from=" + r.from() + "&to=" + r.to();
        Function<RatioFigures, List<String>> cells = f -> List.of(String.valueOf(f.members()), share(f.attendanceRateBp()),
                money(f.savingsPerMemberPaise(), root), money(f.loansOutstandingPerMemberPaise(), root), share(f.savingsLentOutBp()),
                share(f.repaymentRateBp()), f.dropOuts() + " (" + share(f.dropOutRateBp()) + ")");
        BookPageMessages m = BookTexts.m();
        return new ReportView(m.rep_ratios_title(), m.rep_period_subtitle(ReportWords.unitLabel(root), day(r.from()), day(r.to()),
                ReportWords.zoneName(root)), "/admin/reports/ratios", root.isWhole() ? null : root.id(),
                unitQuery(root), up("ratios", root, dates),
                List.of(new ReportView.Field(m.rep_from(), "date", "from", r.from().toString()),
                        new ReportView.Field(m.rep_to(), "date", "to", r.to().toString())),
                "/admin/reports/ratios/export?format=csv" + exportQuery(root, dates),
                "/admin/reports/ratios/export?format=xlsx" + exportQuery(root, dates),
                List.of(new ReportView.Table("ratio-lines", m.rep_below(ReportWords.unitLabel(root)), List.of(m.rep_where(),
                        m.rep_rat_members(), m.rep_rat_attendance(), m.rep_rat_savings(), m.rep_rat_loans(), m.rep_rat_lent(),
                        m.rep_rat_repayment(), m.rep_rat_dropouts()), rows("ratios", r.lines(), r.total(), dates, cells))),
                List.of(), ReportWords.definitions(r.definitions(), m.rep_defs_ratios()), ReportWords.now(root));
    }

    static ReportView grading(GradingReport r) {
        ReportUnit root = r.root();
        BookPageMessages m = BookTexts.m();
        List<ReportView.Row> rows = new ArrayList<>();
        for (GradeCard c : r.cards()) {
            List<String> cells = new ArrayList<>(List.of(c.grade(), String.valueOf(c.total())));
            c.scores().forEach(s -> cells.add(String.valueOf(s.score())));
            cells.add(day(c.asOf()));
            rows.add(new ReportView.Row(c.shgName() + " (" + c.shgCode() + ")", "/admin/reports/grading/" + c.shgId(), null, cells,
                    false));
        }
        return new ReportView(m.rep_grades_title(), m.rep_grades_subtitle(ReportWords.unitLabel(root), r.groupsByGrade().get("A"),
                r.groupsByGrade().get("B"), r.groupsByGrade().get("C")),
                "/admin/reports/grading", root.isWhole() ? null : root.id(), unitQuery(root), up("grading", root, ""), List.of(),
                "/admin/reports/grading/export?format=csv" + exportQuery(root, ""),
                "/admin/reports/grading/export?format=xlsx" + exportQuery(root, ""),
                List.of(new ReportView.Table("grades", m.rep_grades_caption(), List.of(m.rep_th_group(), m.rep_th_grade(),
                        m.rep_th_score(), m.rep_sutra_meetings(), m.rep_sutra_savings(), m.rep_sutra_lending(), m.rep_sutra_repayment(),
                        m.rep_sutra_books(), m.rep_th_graded_on()), rows)),
                List.of(), ReportWords.definitions(r.definitions(), m.rep_defs_grading()), ReportWords.now(root));
    }

    static ReportView history(long shgId, List<GradeCard> cards, ReportUnit group, List<String> definitions) {
        List<ReportView.Row> rows = new ArrayList<>();
        BookPageMessages m = BookTexts.m();
        for (GradeCard c : cards) {
            List<String> cells = new ArrayList<>(List.of(c.grade(), String.valueOf(c.total())));
            for (SutraScore s : c.scores()) {
                cells.add(s.score() + " — " + s.reason());
            }
            cells.add(c.computedBy().startsWith("system:") ? m.rep_graded_nightly()
                    : m.rep_graded_asked(BookTexts.consoleUser(c.computedBy().replace("console:", ""))));
            rows.add(new ReportView.Row(day(c.asOf()), null, m.rep_meetings_considered(c.meetingsConsidered()), cells, false));
        }
        return new ReportView(m.rep_history_title(), m.rep_history_subtitle(ReportWords.unitLabel(group), ReportWords.zoneName(group)),
                "/admin/reports/grading/" + shgId, null, "?unit=" + shgId,
                "/admin/reports/grading?unit=" + (group.parentId() == null ? shgId : group.parentId()), List.of(),
                "/admin/reports/grading/export?format=csv&unit=" + shgId, "/admin/reports/grading/export?format=xlsx&unit=" + shgId,
                List.of(new ReportView.Table("grade-history", m.rep_history_caption(), List.of(m.rep_th_graded_on(), m.rep_th_grade(),
                        m.rep_th_score(), m.rep_sutra_meetings_long(), m.rep_sutra_savings_long(), m.rep_sutra_lending_long(),
                        m.rep_sutra_repayment_long(), m.rep_sutra_books_long(), m.rep_th_by()),
                        rows)),
                List.of(new ReportView.Action("/admin/reports/grading/" + shgId, "regrade", m.rep_regrade())),
                ReportWords.definitions(definitions, m.rep_defs_grading()), ReportWords.now(group));
    }

    private static String exportQuery(ReportUnit root, String dates) {
        return (root.isWhole() ? "" : "&unit=" + root.id()) + dates;
    }
}
