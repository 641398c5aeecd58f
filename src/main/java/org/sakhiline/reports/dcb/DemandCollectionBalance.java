package org.sakhiline.reports.dcb;

import static org.sakhiline.reports.Cells.num;

import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.reports.LiveGroups;
import org.sakhiline.reports.ReportLines;
import org.sakhiline.reports.ReportTree;
import org.sakhiline.reports.RollupState;

/**
 * Demand–collection–balance per SHG, VO and federation, per fund source, for a month or any period. A
 * whole month the roll-up covers is read from {@code report_loan_month} (groups whose loans changed since
 * the last refresh are recomputed live); any other period, and member lines under a group, from the ledger.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DemandCollectionBalance {

    private final EntityManager em;

    public DemandCollectionBalance(EntityManager em) {
        this.em = em;
    }

    public DcbReport month(Long rootUnitId, YearMonth month) {
        return period(rootUnitId, month.atDay(1), month.atEndOfMonth());
    }

    /** {@code from} and {@code to} both included. */
    @Timed(value = "sakhiline.report", extraTags = {"report", "dcb"})
    public DcbReport period(Long rootUnitId, LocalDate from, LocalDate to) {
        ReportTree tree = ReportTree.load(em, rootUnitId);
        ReportLines<DcbFigures> lines = new ReportLines<>(tree, () -> DcbFigures.ZERO);
        List<Long> live = tree.groupIds();
        YearMonth month = YearMonth.from(from);
        RollupState state = RollupState.read(em);
        if (!tree.byMember() && from.equals(month.atDay(1)) && to.equals(month.atEndOfMonth()) && state.covers(month)) {
            Set<Long> changed = state.loansChanged(em);
            live = tree.groupIds().stream().filter(changed::contains).toList();
            List<?> rows = tree.bindUnits(em.createNativeQuery("""
                    SELECT shg_id, fund_source, arrears_start_paise, due_in_period_paise, paid_ahead_before_paise,
                           collected_against_paise, collected_advance_paise, overdue_end_paise
                    FROM report_loan_month WHERE month = :month""" + tree.unitFilter("shg_id")))
                    .setParameter("month", month.atDay(1)).getResultList();
            for (Object r : rows) {
                Object[] c = (Object[]) r;
                long shg = num(c[0]);
                if (!changed.contains(shg)) {
                    lines.add(shg, FundSource.valueOf((String) c[1]), new DcbFigures(num(c[2]), num(c[3]), num(c[4]), num(c[5]),
                            num(c[6]), num(c[7])));
                }
            }
        }
        LiveGroups.forEachBook(em, live, book -> DcbCalculator.compute(book, from, to, tree.byMember())
                .forEach(k -> lines.add(k.key(), k.fund(), k.figures())));
        return new DcbReport(tree.root(), from, to, lines.total(), lines.lines(), DcbReport.DEFINITIONS);
    }

    /** For tests and the consistency check: the ledger's answer for these groups, per group and fund. */
    public List<DcbCalculator.Keyed> fromLedger(List<Long> groupIds, LocalDate from, LocalDate to) {
        List<DcbCalculator.Keyed> out = new ArrayList<>();
        LiveGroups.forEachBook(em, groupIds, book -> out.addAll(DcbCalculator.compute(book, from, to, false)));
        return out;
    }
}
