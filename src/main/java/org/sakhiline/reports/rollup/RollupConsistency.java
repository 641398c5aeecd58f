package org.sakhiline.reports.rollup;

import static org.sakhiline.reports.Cells.date;
import static org.sakhiline.reports.Cells.num;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sakhiline.reports.Cells;
import org.sakhiline.reports.LoanBook;
import org.sakhiline.reports.RollupState;
import org.sakhiline.reports.dcb.DcbCalculator;
import org.sakhiline.reports.par.ParCalculator;
import org.sakhiline.reports.ratios.GroupActivity;

/**
 * Proves the roll-ups equal a recomputation from the ledger: recomputes every stored row of every group
 * (except those whose books changed since the last refresh, which reports read live anyway) and lists each
 * row that differs, is missing, or should not be there.
 */
@ApplicationScoped
public class RollupConsistency {

    /** What the check found; {@code differences} empty means the roll-ups equal the ledger. */
    public record Check(int groupsChecked, int groupsSkippedAsChanged, long rowsCompared, List<String> differences) {}

    private static final int MAX_REPORTED = 200;

    private final EntityManager em;

    public RollupConsistency(EntityManager em) {
        this.em = em;
    }

    public Check check() {
        RollupState state = RollupState.read(em);
        if (state.firstMonth() == null) {
            return new Check(0, 0, 0, List.of("the roll-ups have never been built"));
        }
        Set<Long> changed = new HashSet<>(state.loansChanged(em));
        changed.addAll(state.savingsChanged(em));
        List<Long> groups = em.createNativeQuery("SELECT id FROM org_unit WHERE level IN ('SHG', 'CO') ORDER BY id")
                .getResultList().stream().map(Cells::num).filter(id -> !changed.contains(id)).toList();
        List<String> differences = new ArrayList<>();
        long compared = 0;
        for (int i = 0; i < groups.size(); i += ReportRollup.GROUPS_PER_BATCH) {
            List<Long> batch = groups.subList(i, Math.min(groups.size(), i + ReportRollup.GROUPS_PER_BATCH));
            Map<String, List<Long>> expected = expected(batch, YearMonth.from(state.firstMonth()),
                    YearMonth.from(state.lastMonth()), state.parAsOf());
            Map<String, List<Long>> stored = stored(batch);
            Set<String> keys = new HashSet<>(expected.keySet());
            keys.addAll(stored.keySet());
            for (String k : new java.util.TreeSet<>(keys)) {
                compared++;
                List<Long> e = expected.get(k);
                List<Long> s = stored.get(k);
                if (!java.util.Objects.equals(e, s) && differences.size() < MAX_REPORTED) {
                    differences.add(k + ": stored " + s + ", ledger " + e);
                }
            }
        }
        return new Check(groups.size(), changed.size(), compared, differences);
    }

    private Map<String, List<Long>> expected(List<Long> batch, YearMonth first, YearMonth last, LocalDate parAsOf) {
        LoanBook book = LoanBook.read(em, batch);
        GroupActivity activity = GroupActivity.read(em, batch, false);
        Map<String, List<Long>> out = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            for (DcbCalculator.Keyed k : DcbCalculator.compute(book, m.atDay(1), m.atEndOfMonth(), false)) {
                var f = k.figures();
                out.put("dcb " + m.atDay(1) + " group " + k.key() + " " + k.fund(), List.of(f.arrearsAtStartPaise(),
                        f.dueInPeriodPaise(), f.paidAheadBeforePaise(), f.collectedAgainstDemandPaise(), f.collectedAdvancePaise(),
                        f.overdueAtEndPaise()));
            }
            if (m.atEndOfMonth().isBefore(parAsOf)) {
                parRows(out, book, m.atEndOfMonth());
            }
            LocalDate month = m.atDay(1);
            activity.counts(month, m.atEndOfMonth()).forEach((shg, g) -> out.put("group " + month + " group " + shg,
                    List.of(g.members(), g.membersAtStart(), g.dropOuts(), g.meetingsHeld(), g.meetingsCancelled(), g.present(),
                            g.expected(), g.savingsPaise())));
        }
        parRows(out, book, parAsOf);
        return out;
    }

    private static void parRows(Map<String, List<Long>> out, LoanBook book, LocalDate day) {
        for (ParCalculator.Keyed k : ParCalculator.compute(book, day, false)) {
            var f = k.figures();
            out.put("par " + day + " group " + k.key() + " " + k.fund(), List.of(f.outstandingPaise(), f.par30Paise(),
                    f.par60Paise(), f.par90Paise(), f.overduePaise(), (long) f.loans(), (long) f.loansAtRisk30()));
        }
    }

    private Map<String, List<Long>> stored(List<Long> batch) {
        Map<String, List<Long>> out = new TreeMap<>();
        for (Object r : em.createNativeQuery("""
                SELECT month, shg_id, fund_source, arrears_start_paise, due_in_period_paise, paid_ahead_before_paise,
                       collected_against_paise, collected_advance_paise, overdue_end_paise
                FROM report_loan_month WHERE shg_id IN (:g)""").setParameter("g", batch).getResultList()) {
            Object[] c = (Object[]) r;
            out.put("dcb " + date(c[0]) + " group " + num(c[1]) + " " + c[2], longs(c, 3));
        }
        for (Object r : em.createNativeQuery("""
                SELECT as_of, shg_id, fund_source, outstanding_paise, par30_paise, par60_paise, par90_paise, overdue_paise, loans,
                       loans_at_risk30
                FROM report_par_day WHERE shg_id IN (:g)""").setParameter("g", batch).getResultList()) {
            Object[] c = (Object[]) r;
            out.put("par " + date(c[0]) + " group " + num(c[1]) + " " + c[2], longs(c, 3));
        }
        for (Object r : em.createNativeQuery("""
                SELECT month, shg_id, members_end, members_start, drop_outs, meetings_held, meetings_cancelled, present, expected,
                       savings_end_paise
                FROM report_group_month WHERE shg_id IN (:g)""").setParameter("g", batch).getResultList()) {
            Object[] c = (Object[]) r;
            out.put("group " + date(c[0]) + " group " + num(c[1]), longs(c, 2));
        }
        return out;
    }

    private static List<Long> longs(Object[] c, int from) {
        return Arrays.stream(c, from, c.length).map(Cells::num).toList();
    }
}
