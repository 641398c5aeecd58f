package org.sakhiline.admin.reports;

import static org.sakhiline.admin.reports.ReportWords.day;
import static org.sakhiline.admin.reports.ReportWords.money;
import static org.sakhiline.admin.reports.ReportWords.share;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
        rows.add(new ReportView.Row("Total", null, ReportWords.unitLabel(total.unit()), cells.apply(total.total()), true));
        return rows;
    }

    private static <F extends Figures<F>> ReportView.Table byFund(String id, ReportLine<F> total, List<String> headings,
                                                                  Function<F, List<String>> cells) {
        List<ReportView.Row> rows = new ArrayList<>();
        for (Map.Entry<FundSource, F> e : total.byFund().entrySet()) {
            rows.add(new ReportView.Row(ReportWords.fund(e.getKey()), null, null, cells.apply(e.getValue()), false));
        }
        return new ReportView.Table(id, "By fund source", headings, rows);
    }

    static ReportView par(ParReport r) {
        ReportUnit root = r.root();
        String dates = "&asOf=" + r.asOf();
        Function<ParFigures, List<String>> cells = f -> List.of(String.valueOf(f.loans()), money(f.outstandingPaise(), root),
                money(f.par30Paise(), root) + " · " + share(f.par30Bp()), money(f.par60Paise(), root) + " · " + share(f.par60Bp()),
                money(f.par90Paise(), root) + " · " + share(f.par90Bp()), money(f.overduePaise(), root));
        List<String> headings = List.of("Where", "Loans", "Outstanding", "Over 30 days late", "Over 60 days", "Over 90 days",
                "Overdue now");
        List<String> fundHeadings = new ArrayList<>(headings);
        fundHeadings.set(0, "Fund source");
        return new ReportView("Loans at risk", ReportWords.unitLabel(root) + " on " + day(r.asOf()) + ". Dates in "
                + ReportWords.zoneName(root) + ".", "/admin/reports/par", root.isWhole() ? null : root.id(), unitQuery(root),
                up("par", root, dates), List.of(new ReportView.Field("On", "date", "asOf", r.asOf().toString())),
                "/admin/reports/par/export?format=csv" + exportQuery(root, dates),
                "/admin/reports/par/export?format=xlsx" + exportQuery(root, dates),
                List.of(new ReportView.Table("par-lines", "Below " + ReportWords.unitLabel(root), headings,
                                rows("par", r.lines(), r.total(), dates, cells)),
                        byFund("par-funds", r.total(), fundHeadings, cells)),
                List.of(), r.definitions(), ReportWords.now(root));
    }

    static ReportView.Table loansAtRisk(List<ParLoan> loans, ReportUnit root) {
        List<ReportView.Row> rows = new ArrayList<>();
        for (ParLoan l : loans) {
            rows.add(new ReportView.Row(l.memberName() + " (no. " + l.memberNo() + ", " + l.shgCode() + ")",
                    "/admin/members/" + l.memberId(), ReportWords.fund(l.fundSource()) + ", lent " + day(l.disbursalDate()),
                    List.of(String.valueOf(l.daysOverdue()), day(l.oldestUnpaidDueDate()), money(l.outstandingPaise(), root),
                            money(l.overduePaise(), root)), false));
        }
        return new ReportView.Table("par-loans", "Loans more than 30 days late",
                List.of("Borrower", "Days late", "Unpaid since", "Outstanding", "Overdue"), rows);
    }

    static ReportView dcb(DcbReport r) {
        ReportUnit root = r.root();
        String dates = "&from=" + r.from() + "&to=" + r.to();
        Function<DcbFigures, List<String>> cells = f -> List.of(money(f.arrearsAtStartPaise(), root),
                money(f.dueInPeriodPaise() - f.paidAheadBeforePaise(), root), money(f.demandPaise(), root),
                money(f.collectedAgainstDemandPaise(), root), money(f.collectedAdvancePaise(), root), money(f.balancePaise(), root),
                money(f.overdueAtEndPaise(), root), share(f.collectionRateBp()));
        List<String> headings = List.of("Where", "Late from before", "Falling due", "Demand", "Collected", "Paid ahead",
                "Balance", "Overdue at end", "Collection rate");
        List<String> fundHeadings = new ArrayList<>(headings);
        fundHeadings.set(0, "Fund source");
        return new ReportView("Demand, collection and balance", ReportWords.unitLabel(root) + ", " + day(r.from()) + " to "
                + day(r.to()) + ". Dates in " + ReportWords.zoneName(root) + ".", "/admin/reports/dcb",
                root.isWhole() ? null : root.id(), unitQuery(root), up("dcb", root, dates),
                List.of(new ReportView.Field("From", "date", "from", r.from().toString()),
                        new ReportView.Field("To", "date", "to", r.to().toString())),
                "/admin/reports/dcb/export?format=csv" + exportQuery(root, dates),
                "/admin/reports/dcb/export?format=xlsx" + exportQuery(root, dates),
                List.of(new ReportView.Table("dcb-lines", "Below " + ReportWords.unitLabel(root), headings,
                                rows("dcb", r.lines(), r.total(), dates, cells)),
                        byFund("dcb-funds", r.total(), fundHeadings, cells)),
                List.of(), r.definitions(), ReportWords.now(root));
    }

    static ReportView ratios(RatiosReport r) {
        ReportUnit root = r.root();
        String dates = "&from=" + r.from() + "&to=" + r.to();
        Function<RatioFigures, List<String>> cells = f -> List.of(String.valueOf(f.members()), share(f.attendanceRateBp()),
                money(f.savingsPerMemberPaise(), root), money(f.loansOutstandingPerMemberPaise(), root), share(f.savingsLentOutBp()),
                share(f.repaymentRateBp()), f.dropOuts() + " (" + share(f.dropOutRateBp()) + ")");
        return new ReportView("Group health figures", ReportWords.unitLabel(root) + ", " + day(r.from()) + " to " + day(r.to())
                + ". Dates in " + ReportWords.zoneName(root) + ".", "/admin/reports/ratios", root.isWhole() ? null : root.id(),
                unitQuery(root), up("ratios", root, dates),
                List.of(new ReportView.Field("From", "date", "from", r.from().toString()),
                        new ReportView.Field("To", "date", "to", r.to().toString())),
                "/admin/reports/ratios/export?format=csv" + exportQuery(root, dates),
                "/admin/reports/ratios/export?format=xlsx" + exportQuery(root, dates),
                List.of(new ReportView.Table("ratio-lines", "Below " + ReportWords.unitLabel(root), List.of("Where", "Members",
                        "Attendance", "Savings per member", "Loans out per member", "Savings lent out", "Repayment rate",
                        "Drop-outs"), rows("ratios", r.lines(), r.total(), dates, cells))),
                List.of(), r.definitions(), ReportWords.now(root));
    }

    static ReportView grading(GradingReport r) {
        ReportUnit root = r.root();
        List<ReportView.Row> rows = new ArrayList<>();
        for (GradeCard c : r.cards()) {
            List<String> cells = new ArrayList<>(List.of(c.grade(), String.valueOf(c.total())));
            c.scores().forEach(s -> cells.add(String.valueOf(s.score())));
            cells.add(day(c.asOf()));
            rows.add(new ReportView.Row(c.shgName() + " (" + c.shgCode() + ")", "/admin/reports/grading/" + c.shgId(), null, cells,
                    false));
        }
        String counts = "A: " + r.groupsByGrade().get("A") + ", B: " + r.groupsByGrade().get("B") + ", C: "
                + r.groupsByGrade().get("C");
        return new ReportView("Panchasutra grades", ReportWords.unitLabel(root) + ". Groups by grade: " + counts + ".",
                "/admin/reports/grading", root.isWhole() ? null : root.id(), unitQuery(root), up("grading", root, ""), List.of(),
                "/admin/reports/grading/export?format=csv" + exportQuery(root, ""),
                "/admin/reports/grading/export?format=xlsx" + exportQuery(root, ""),
                List.of(new ReportView.Table("grades", "Latest grade of each group", List.of("Group", "Grade", "Score", "Meetings",
                        "Savings", "Inter-loaning", "Repayment", "Books", "Graded on"), rows)),
                List.of(), r.definitions(), ReportWords.now(root));
    }

    static ReportView history(long shgId, List<GradeCard> cards, ReportUnit group, List<String> definitions) {
        List<ReportView.Row> rows = new ArrayList<>();
        for (GradeCard c : cards) {
            List<String> cells = new ArrayList<>(List.of(c.grade(), String.valueOf(c.total())));
            for (SutraScore s : c.scores()) {
                cells.add(s.score() + " — " + s.reason());
            }
            cells.add(c.computedBy().startsWith("system:") ? "nightly grading" : "asked by " + c.computedBy().replace("console:", ""));
            rows.add(new ReportView.Row(day(c.asOf()), null, c.meetingsConsidered() + " meetings considered", cells, false));
        }
        return new ReportView("Grade history", ReportWords.unitLabel(group) + ". Newest first. Dates in "
                + ReportWords.zoneName(group) + ".", "/admin/reports/grading/" + shgId, null, "?unit=" + shgId,
                "/admin/reports/grading?unit=" + (group.parentId() == null ? shgId : group.parentId()), List.of(),
                "/admin/reports/grading/export?format=csv&unit=" + shgId, "/admin/reports/grading/export?format=xlsx&unit=" + shgId,
                List.of(new ReportView.Table("grade-history", "Every grading", List.of("Graded on", "Grade", "Score",
                        "Regular meetings", "Regular savings", "Regular inter-loaning", "Timely repayment", "Up-to-date books", "By"),
                        rows)),
                List.of(new ReportView.Action("/admin/reports/grading/" + shgId, "regrade", "Grade this group now")),
                definitions, ReportWords.now(group));
    }

    private static String exportQuery(ReportUnit root, String dates) {
        return (root.isWhole() ? "" : "&unit=" + root.id()) + dates;
    }
}
