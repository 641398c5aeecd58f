package org.sakhiline.reports.par;

import static org.sakhiline.reports.Cells.num;

import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.reports.LiveGroups;
import org.sakhiline.reports.ReportLines;
import org.sakhiline.reports.ReportTree;
import org.sakhiline.reports.RollupState;

/**
 * Portfolio at risk on a date. For today and every month's last day it reads the roll-up
 * ({@code report_par_day}) and recomputes live only the groups whose loans changed since; for other days,
 * and under a single group (member lines), it computes from the ledger.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PortfolioAtRisk {

    private final EntityManager em;

    public PortfolioAtRisk(EntityManager em) {
        this.em = em;
    }

    /** PAR for the subtree under {@code rootUnitId} (null: everything) on {@code asOf}, per line and fund source. */
    @Timed(value = "sakhiline.report", extraTags = {"report", "par"})
    public ParReport report(Long rootUnitId, LocalDate asOf) {
        ReportTree tree = ReportTree.load(em, rootUnitId);
        ReportLines<ParFigures> lines = new ReportLines<>(tree, () -> ParFigures.ZERO);
        RollupState state = RollupState.read(em);
        List<Long> live = tree.groupIds();
        if (!tree.byMember() && hasRollup(state, asOf)) {
            Set<Long> changed = state.loansChanged(em);
            live = tree.groupIds().stream().filter(changed::contains).toList();
            List<?> rows = tree.bindUnits(em.createNativeQuery("""
                    SELECT shg_id, fund_source, outstanding_paise, par30_paise, par60_paise, par90_paise, overdue_paise, loans,
                           loans_at_risk30
                    FROM report_par_day WHERE as_of = :asOf""" + tree.unitFilter("shg_id")))
                    .setParameter("asOf", asOf).getResultList();
            for (Object r : rows) {
                Object[] c = (Object[]) r;
                long shg = num(c[0]);
                if (!changed.contains(shg)) {
                    lines.add(shg, FundSource.valueOf((String) c[1]), new ParFigures(num(c[2]), num(c[3]), num(c[4]),
                            num(c[5]), num(c[6]), (int) num(c[7]), (int) num(c[8])));
                }
            }
        }
        LiveGroups.forEachBook(em, live, book -> ParCalculator.compute(book, asOf, tree.byMember())
                .forEach(k -> lines.add(k.key(), k.fund(), k.figures())));
        return new ParReport(tree.root(), asOf, lines.total(), lines.lines(), ParReport.DEFINITIONS);
    }

    /** Rows exist for every group on the roll-up's PAR day and on the last day of every month it covers. */
    private static boolean hasRollup(RollupState state, LocalDate asOf) {
        if (asOf.equals(state.parAsOf())) {
            return true;
        }
        boolean monthEnd = asOf.equals(asOf.withDayOfMonth(asOf.lengthOfMonth()));
        return monthEnd && state.covers(java.time.YearMonth.from(asOf)) && state.parAsOf() != null
                && asOf.isBefore(state.parAsOf());
    }

    /**
     * Loans of the subtree more than {@code minDaysOverdue} days overdue on {@code asOf} (0: every loan with
     * anything overdue), most overdue first. Read from the ledger: meant for a VO or a group.
     */
    public List<ParLoan> loansAtRisk(Long rootUnitId, LocalDate asOf, int minDaysOverdue) {
        ReportTree tree = ReportTree.load(em, rootUnitId);
        List<ParCalculator.Position> atRisk = new ArrayList<>();
        LiveGroups.forEachBook(em, tree.groupIds(), book -> ParCalculator.positions(book, asOf).stream()
                .filter(p -> p.oldestUnpaidDue() != null && p.daysOverdue() > Math.max(0, minDaysOverdue))
                .forEach(atRisk::add));
        atRisk.sort(Comparator.comparingInt(ParCalculator.Position::daysOverdue).reversed()
                .thenComparingLong(p -> p.first().loanId()));
        Map<Long, Object[]> loans = loanFacts(atRisk.stream().map(p -> p.first().loanId()).toList());
        List<ParLoan> out = new ArrayList<>();
        for (ParCalculator.Position p : atRisk) {
            Object[] c = loans.get(p.first().loanId());
            out.add(new ParLoan(p.first().loanId(), p.first().memberId(), (int) num(c[1]), (String) c[2], p.first().shgId(),
                    (String) c[3], p.first().fund(), p.first().disbursalDate(), num(c[4]), p.outstandingPaise(),
                    p.overduePaise(), p.oldestUnpaidDue(), p.daysOverdue()));
        }
        return out;
    }

    private Map<Long, Object[]> loanFacts(List<Long> loanIds) {
        Map<Long, Object[]> out = new HashMap<>();
        for (int i = 0; i < loanIds.size(); i += 1000) {
            List<?> rows = em.createNativeQuery("""
                    SELECT l.id, m.member_no, m.name, u.code, l.principal_paise
                    FROM loan l JOIN member m ON m.id = l.member_id JOIN org_unit u ON u.id = m.shg_id WHERE l.id IN (:ids)""")
                    .setParameter("ids", loanIds.subList(i, Math.min(loanIds.size(), i + 1000))).getResultList();
            for (Object r : rows) {
                Object[] c = (Object[]) r;
                out.put(num(c[0]), c);
            }
        }
        return out;
    }

    /** For tests and the consistency check: the ledger's answer for these groups on a day, per group and fund. */
    public List<ParCalculator.Keyed> fromLedger(List<Long> groupIds, LocalDate asOf) {
        List<ParCalculator.Keyed> out = new ArrayList<>();
        LiveGroups.forEachBook(em, groupIds, book -> out.addAll(ParCalculator.compute(book, asOf, false)));
        return out;
    }
}
