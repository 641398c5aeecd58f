package org.sakhiline.reports.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.reports.ReportLine;
import org.sakhiline.reports.ReportUnit;
import org.sakhiline.reports.dcb.DcbFigures;
import org.sakhiline.reports.dcb.DcbReport;
import org.sakhiline.reports.grading.GradeCard;
import org.sakhiline.reports.grading.GradingReport;
import org.sakhiline.reports.grading.SutraScore;
import org.sakhiline.reports.par.ParFigures;
import org.sakhiline.reports.par.ParReport;
import org.sakhiline.reports.ratios.RatioFigures;
import org.sakhiline.reports.ratios.RatiosReport;

/** Each report as a {@link ReportTable}: one row per line and fund source, then the line's total, then the root's. */
public final class ReportTables {

    private ReportTables() {}

    public static ReportTable par(ParReport r) {
        List<List<Object>> rows = new ArrayList<>();
        List<ReportLine<ParFigures>> lines = new ArrayList<>(r.lines());
        lines.add(r.total());
        for (ReportLine<ParFigures> l : lines) {
            for (Map.Entry<FundSource, ParFigures> e : l.byFund().entrySet()) {
                rows.add(parRow(l.unit(), e.getKey().name(), e.getValue()));
            }
            rows.add(parRow(l.unit(), "ALL", l.total()));
        }
        return new ReportTable("Portfolio at risk, " + r.root().code() + ", on " + r.asOf(),
                List.of("Level", "Code", "Name", "Fund source", "Loans", "Outstanding (Rs)", "Overdue (Rs)", "PAR30 (Rs)",
                        "PAR30 (%)", "PAR60 (Rs)", "PAR60 (%)", "PAR90 (Rs)", "PAR90 (%)"), rows, r.definitions());
    }

    private static List<Object> parRow(ReportUnit u, String fund, ParFigures f) {
        return List.of(u.level(), u.code(), u.name(), fund, (long) f.loans(), rs(f.outstandingPaise()), rs(f.overduePaise()),
                rs(f.par30Paise()), pc(f.par30Bp()), rs(f.par60Paise()), pc(f.par60Bp()), rs(f.par90Paise()), pc(f.par90Bp()));
    }

    public static ReportTable dcb(DcbReport r) {
        List<List<Object>> rows = new ArrayList<>();
        List<ReportLine<DcbFigures>> lines = new ArrayList<>(r.lines());
        lines.add(r.total());
        for (ReportLine<DcbFigures> l : lines) {
            for (Map.Entry<FundSource, DcbFigures> e : l.byFund().entrySet()) {
                rows.add(dcbRow(l.unit(), e.getKey().name(), e.getValue()));
            }
            rows.add(dcbRow(l.unit(), "ALL", l.total()));
        }
        return new ReportTable("Demand, collection and balance, " + r.root().code() + ", " + r.from() + " to " + r.to(),
                List.of("Level", "Code", "Name", "Fund source", "Arrears at start (Rs)", "Due in period (Rs)",
                        "Paid ahead earlier (Rs)", "Demand (Rs)", "Collected against demand (Rs)", "Advance (Rs)",
                        "Balance (Rs)", "Overdue at end (Rs)", "Collection rate (%)"), rows, r.definitions());
    }

    private static List<Object> dcbRow(ReportUnit u, String fund, DcbFigures f) {
        return List.of(u.level(), u.code(), u.name(), fund, rs(f.arrearsAtStartPaise()), rs(f.dueInPeriodPaise()),
                rs(f.paidAheadBeforePaise()), rs(f.demandPaise()), rs(f.collectedAgainstDemandPaise()),
                rs(f.collectedAdvancePaise()), rs(f.balancePaise()), rs(f.overdueAtEndPaise()), pc(f.collectionRateBp()));
    }

    public static ReportTable ratios(RatiosReport r) {
        List<List<Object>> rows = new ArrayList<>();
        List<ReportLine<RatioFigures>> lines = new ArrayList<>(r.lines());
        lines.add(r.total());
        for (ReportLine<RatioFigures> l : lines) {
            RatioFigures f = l.total();
            ReportUnit u = l.unit();
            rows.add(List.of(u.level(), u.code(), u.name(), f.members(), f.meetingsHeld(), f.meetingsCancelled(),
                    pc(f.attendanceRateBp()), rs(f.savingsPaise()), rs(f.savingsPerMemberPaise()), rs(f.loansOutstandingPaise()),
                    rs(f.loansOutstandingPerMemberPaise()), pc(f.savingsLentOutBp()), pc(f.repaymentRateBp()), f.dropOuts(),
                    pc(f.dropOutRateBp())));
        }
        return new ReportTable("Savings-group ratios, " + r.root().code() + ", " + r.from() + " to " + r.to(),
                List.of("Level", "Code", "Name", "Members", "Meetings held", "Meetings cancelled", "Attendance (%)",
                        "Savings (Rs)", "Savings per member (Rs)", "Loans outstanding (Rs)", "Loans outstanding per member (Rs)",
                        "Savings lent out (%)", "Repayment rate (%)", "Drop-outs", "Drop-out rate (%)"), rows, r.definitions());
    }

    public static ReportTable grading(GradingReport r) {
        List<List<Object>> rows = new ArrayList<>();
        for (GradeCard c : r.cards()) {
            List<Object> row = new ArrayList<>(List.of(c.shgCode(), c.shgName(), c.asOf().toString(), c.grade(), (long) c.total(),
                    (long) c.meetingsConsidered()));
            for (SutraScore s : c.scores()) {
                row.add((long) s.score());
                row.add(s.reason());
            }
            rows.add(row);
        }
        return new ReportTable("Panchasutra grades, " + r.root().code(),
                List.of("Group code", "Group", "Graded on", "Grade", "Score", "Meetings considered", "Meetings", "Why",
                        "Savings", "Why", "Inter-loaning", "Why", "Repayment", "Why", "Books", "Why"), rows, r.definitions());
    }

    private static ReportTable.Rupees rs(long paise) {
        return new ReportTable.Rupees(paise);
    }

    private static ReportTable.Percent pc(int bp) {
        return new ReportTable.Percent(bp);
    }
}
