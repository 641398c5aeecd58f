package org.sakhiline.reports;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How far the report roll-ups reach, and which groups' books changed beyond them (those are read live).
 *
 * @param repaymentIdSafe  groups with a repayment above this id are read live; likewise instalments and
 *                         savings entries above theirs
 */
public record RollupState(LocalDate firstMonth, LocalDate lastMonth, LocalDate parAsOf, long repaymentIdSafe,
                          long instalmentIdSafe, long savingsTxnIdSafe) {

    public static RollupState read(EntityManager em) {
        Object[] c = (Object[]) em.createNativeQuery("""
                SELECT first_month, last_month, par_as_of, repayment_id_safe, instalment_id_safe, savings_txn_id_safe
                FROM report_rollup_state WHERE name = 'reports'""").getSingleResult();
        return new RollupState(Cells.date(c[0]), Cells.date(c[1]), Cells.date(c[2]), Cells.num(c[3]), Cells.num(c[4]),
                Cells.num(c[5]));
    }

    /** True when the month's loan and group rows exist. */
    public boolean covers(YearMonth month) {
        return firstMonth != null && lastMonth != null && !month.atDay(1).isBefore(firstMonth)
                && !month.atDay(1).isAfter(lastMonth);
    }

    /** Groups whose loans changed beyond the roll-ups (primary-key range reads; a handful of rows between refreshes). */
    public Set<Long> loansChanged(EntityManager em) {
        Set<Long> out = new HashSet<>();
        addAll(out, em.createNativeQuery("""
                SELECT DISTINCT m.shg_id FROM loan_repayment r JOIN loan l ON l.id = r.loan_id JOIN member m ON m.id = l.member_id
                WHERE r.id > ?1""").setParameter(1, repaymentIdSafe).getResultList());
        addAll(out, em.createNativeQuery("""
                SELECT DISTINCT m.shg_id FROM loan_instalment i JOIN loan l ON l.id = i.loan_id JOIN member m ON m.id = l.member_id
                WHERE i.id > ?1""").setParameter(1, instalmentIdSafe).getResultList());
        return out;
    }

    /** Groups whose savings changed beyond the roll-ups. */
    public Set<Long> savingsChanged(EntityManager em) {
        Set<Long> out = new HashSet<>();
        addAll(out, em.createNativeQuery("""
                SELECT DISTINCT m.shg_id FROM savings_txn t JOIN member m ON m.id = t.member_id WHERE t.id > ?1""")
                .setParameter(1, savingsTxnIdSafe).getResultList());
        return out;
    }

    private static void addAll(Set<Long> out, List<?> ids) {
        for (Object id : ids) {
            out.add(Cells.num(id));
        }
    }
}
