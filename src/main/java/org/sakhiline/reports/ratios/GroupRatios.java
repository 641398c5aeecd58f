package org.sakhiline.reports.ratios;

import static org.sakhiline.reports.Cells.num;

import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.reports.ReportLine;
import org.sakhiline.reports.ReportLines;
import org.sakhiline.reports.ReportTree;
import org.sakhiline.reports.RollupState;
import org.sakhiline.reports.dcb.DcbFigures;
import org.sakhiline.reports.dcb.DcbReport;
import org.sakhiline.reports.dcb.DemandCollectionBalance;
import org.sakhiline.reports.par.ParFigures;
import org.sakhiline.reports.par.ParReport;
import org.sakhiline.reports.par.PortfolioAtRisk;

/**
 * Savings-group ratios (SEEP/SAVIX style) per line of a subtree for a period. Members, meetings and savings
 * come from {@code report_group_month} for whole months it covers (groups whose savings or loans changed
 * since the last refresh are read live), else from the ledger; loans from the PAR report on the period's
 * last day (today when that is still ahead) and repayment from the DCB report for the period.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GroupRatios {

    private final EntityManager em;
    private final PortfolioAtRisk par;
    private final DemandCollectionBalance dcb;

    public GroupRatios(EntityManager em, PortfolioAtRisk par, DemandCollectionBalance dcb) {
        this.em = em;
        this.par = par;
        this.dcb = dcb;
    }

    /** {@code from} and {@code to} both included; {@code today} bounds the day loans are counted on. */
    @Timed(value = "sakhiline.report", extraTags = {"report", "ratios"})
    public RatiosReport report(Long rootUnitId, LocalDate from, LocalDate to, LocalDate today) {
        ReportTree tree = ReportTree.load(em, rootUnitId);
        ReportLines<RatioFigures> lines = new ReportLines<>(tree, () -> RatioFigures.ZERO);
        List<Long> live = tree.groupIds();
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        RollupState state = RollupState.read(em);
        if (!tree.byMember() && from.equals(first.atDay(1)) && to.equals(last.atEndOfMonth()) && state.covers(first)
                && state.covers(last)) {
            Set<Long> changed = new HashSet<>(state.savingsChanged(em));
            changed.addAll(state.loansChanged(em));
            live = tree.groupIds().stream().filter(changed::contains).toList();
            List<?> rows = tree.bindUnits(em.createNativeQuery("""
                    SELECT shg_id, SUM(CASE WHEN month = :last THEN members_end ELSE 0 END),
                           SUM(CASE WHEN month = :first THEN members_start ELSE 0 END), SUM(drop_outs), SUM(meetings_held),
                           SUM(meetings_cancelled), SUM(present), SUM(expected), SUM(CASE WHEN month = :last THEN savings_end_paise ELSE 0 END)
                    FROM report_group_month WHERE month BETWEEN :first AND :last""" + tree.unitFilter("shg_id") + " GROUP BY shg_id"))
                    .setParameter("first", first.atDay(1)).setParameter("last", last.atDay(1)).getResultList();
            for (Object r : rows) {
                Object[] c = (Object[]) r;
                if (!changed.contains(num(c[0]))) {
                    lines.add(num(c[0]), null, new RatioFigures(num(c[1]), num(c[2]), num(c[3]), num(c[4]), num(c[5]), num(c[6]),
                            num(c[7]), num(c[8]), 0, 0, 0, 0, 0));
                }
            }
        }
        for (int i = 0; i < live.size(); i += org.sakhiline.reports.LiveGroups.BATCH) {
            GroupActivity activity = GroupActivity.read(em, live.subList(i, Math.min(live.size(), i + org.sakhiline.reports.LiveGroups.BATCH)),
                    tree.byMember());
            activity.counts(from, to).forEach((key, c) -> lines.add(key, null, new RatioFigures(c.members(), c.membersAtStart(),
                    c.dropOuts(), c.meetingsHeld(), c.meetingsCancelled(), c.present(), c.expected(), c.savingsPaise(), 0, 0, 0, 0, 0)));
        }
        Long root = tree.root().isWhole() ? null : tree.root().id();
        ParReport loans = par.report(root, to.isAfter(today) ? today : to);
        DcbReport repaid = dcb.period(root, from, to);
        Map<Long, RatioFigures> loanPart = new HashMap<>();
        for (ReportLine<ParFigures> l : loans.lines()) {
            loanPart.put(l.unit().id(), loanFigures(l, null));
        }
        for (ReportLine<DcbFigures> l : repaid.lines()) {
            loanPart.merge(l.unit().id(), loanFigures(null, l), RatioFigures::plus);
        }
        List<ReportLine<RatioFigures>> out = new ArrayList<>();
        for (ReportLine<RatioFigures> l : lines.lines()) {
            out.add(new ReportLine<>(l.unit(), l.total().plus(loanPart.getOrDefault(l.unit().id(), RatioFigures.ZERO)), Map.of()));
        }
        RatioFigures total = lines.total().total().plus(loanFigures(loans.total(), null)).plus(loanFigures(null, repaid.total()));
        return new RatiosReport(tree.root(), from, to, new ReportLine<>(tree.root(), total, Map.of()), out,
                RatiosReport.DEFINITIONS);
    }

    private static RatioFigures loanFigures(ReportLine<ParFigures> p, ReportLine<DcbFigures> d) {
        if (p != null) {
            ParFigures own = p.byFund().getOrDefault(FundSource.SHG_OWN, ParFigures.ZERO);
            return new RatioFigures(0, 0, 0, 0, 0, 0, 0, 0, p.total().loans(), p.total().outstandingPaise(), own.outstandingPaise(),
                    0, 0);
        }
        return new RatioFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, d.total().demandPaise(), d.total().collectedAgainstDemandPaise());
    }
}
