package org.sakhiline.reports;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sakhiline.books.loans.FundSource;

/**
 * The loans of a set of groups as the ledger has them: every instalment with every allocation made to it
 * and the value date of the repayment behind it. What was unpaid on any date is then the amount due less
 * the allocations value-dated on or before it, so one read answers DCB for any period and PAR for any
 * date. Read with plain SELECTs (no locks); used per batch of groups, never for a whole federation at once.
 */
public final class LoanBook {

    /** One allocation to an instalment (negative for a reversal), on the repayment's value date. */
    public record Paid(LocalDate valueDate, long principalPaise, long chargePaise) {}

    /** One instalment of one loan, with its allocations in value-date order. */
    public record Instalment(long loanId, long shgId, long memberId, FundSource fund, int graceDays, LocalDate disbursalDate,
                             LocalDate dueDate, long principalDuePaise, long chargeDuePaise, List<Paid> paid) {

        public long duePaise() {
            return principalDuePaise + chargeDuePaise;
        }

        /** Allocated with a value date on or before {@code day}. */
        public long paidThrough(LocalDate day) {
            long sum = 0;
            for (Paid p : paid) {
                if (!p.valueDate().isAfter(day)) {
                    sum += p.principalPaise() + p.chargePaise();
                }
            }
            return sum;
        }

        public long principalPaidThrough(LocalDate day) {
            long sum = 0;
            for (Paid p : paid) {
                if (!p.valueDate().isAfter(day)) {
                    sum += p.principalPaise();
                }
            }
            return sum;
        }

        public long paidBetween(LocalDate from, LocalDate to) {
            long sum = 0;
            for (Paid p : paid) {
                if (!p.valueDate().isBefore(from) && !p.valueDate().isAfter(to)) {
                    sum += p.principalPaise() + p.chargePaise();
                }
            }
            return sum;
        }

        /** Past its due date plus the loan's grace days on {@code day}. */
        public boolean overdueOn(LocalDate day) {
            return dueDate.plusDays(graceDays).isBefore(day);
        }

        /** The key a report line adds it under: its member under a group root, else its group. */
        public long key(boolean byMember) {
            return byMember ? memberId : shgId;
        }
    }

    private final List<Instalment> instalments;

    private LoanBook(List<Instalment> instalments) {
        this.instalments = instalments;
    }

    public List<Instalment> instalments() {
        return instalments;
    }

    /** Instalments grouped by loan, in due order. */
    public Map<Long, List<Instalment>> byLoan() {
        Map<Long, List<Instalment>> loans = new LinkedHashMap<>();
        for (Instalment i : instalments) {
            loans.computeIfAbsent(i.loanId(), k -> new ArrayList<>()).add(i);
        }
        return loans;
    }

    /** The books of the given groups (an empty list reads nothing). */
    public static LoanBook read(EntityManager em, List<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return new LoanBook(List.of());
        }
        Map<Long, List<Paid>> paid = new HashMap<>();
        List<?> allocations = em.createNativeQuery("""
                SELECT a.instalment_id, r.value_date, a.principal_paise, a.charge_paise
                FROM member m JOIN loan l ON l.member_id = m.id JOIN loan_repayment r ON r.loan_id = l.id
                JOIN loan_allocation a ON a.repayment_id = r.id
                WHERE m.shg_id IN (:groups) ORDER BY r.value_date, a.id""").setParameter("groups", groupIds).getResultList();
        for (Object r : allocations) {
            Object[] c = (Object[]) r;
            paid.computeIfAbsent(Cells.num(c[0]), k -> new ArrayList<>())
                    .add(new Paid(Cells.date(c[1]), Cells.num(c[2]), Cells.num(c[3])));
        }
        List<?> rows = em.createNativeQuery("""
                SELECT i.id, l.id, m.shg_id, m.id, l.fund_source, l.grace_days, l.disbursal_date, i.due_date,
                       i.principal_due_paise, i.charge_due_paise
                FROM member m JOIN loan l ON l.member_id = m.id JOIN loan_instalment i ON i.loan_id = l.id
                WHERE m.shg_id IN (:groups) ORDER BY l.id, i.seq""").setParameter("groups", groupIds).getResultList();
        List<Instalment> out = new ArrayList<>(rows.size());
        for (Object r : rows) {
            Object[] c = (Object[]) r;
            out.add(new Instalment(Cells.num(c[1]), Cells.num(c[2]), Cells.num(c[3]), FundSource.valueOf((String) c[4]),
                    (int) Cells.num(c[5]), Cells.date(c[6]), Cells.date(c[7]), Cells.num(c[8]), Cells.num(c[9]),
                    paid.getOrDefault(Cells.num(c[0]), List.of())));
        }
        return new LoanBook(out);
    }
}
