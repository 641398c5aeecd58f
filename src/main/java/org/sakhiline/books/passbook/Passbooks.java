package org.sakhiline.books.passbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sakhiline.support.SqlDates;

/**
 * Builds {@link PassbookStatement}s from the logs. Balances follow the entries' value dates (the order a passbook
 * is written in), not the order they were posted: an entry posted late for an earlier meeting lands on its date.
 * Everything is read in one transaction, so the opening, the entries and the closing agree with each other.
 */
@ApplicationScoped
public class Passbooks {

    public static final int PAGE_SIZE = 50;

    private final EntityManager em;

    public Passbooks(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public PassbookStatement statement(long memberId, LocalDate from, LocalDate to, int page) {
        Date start = Date.valueOf(from);
        Date end = Date.valueOf(to);
        Object[] totals = (Object[]) em.createNativeQuery("""
                SELECT COALESCE(SUM(CASE WHEN value_date < :start THEN amount_paise END), 0),
                       COALESCE(SUM(CASE WHEN value_date <= :end THEN amount_paise END), 0),
                       COALESCE(SUM(CASE WHEN value_date BETWEEN :start AND :end AND amount_paise > 0 THEN amount_paise END), 0),
                       COALESCE(SUM(CASE WHEN value_date BETWEEN :start AND :end AND amount_paise < 0 THEN amount_paise END), 0),
                       COUNT(CASE WHEN value_date BETWEEN :start AND :end THEN 1 END)
                FROM savings_txn WHERE member_id = :member""")
                .setParameter("start", start).setParameter("end", end).setParameter("member", memberId).getSingleResult();
        long opening = num(totals[0]);
        long before = page == 0 ? 0 : num(em.createNativeQuery("""
                SELECT COALESCE(SUM(amount_paise), 0) FROM (SELECT amount_paise FROM savings_txn
                WHERE member_id = :member AND value_date BETWEEN :start AND :end ORDER BY value_date, id LIMIT :skip) t""")
                .setParameter("member", memberId).setParameter("start", start).setParameter("end", end)
                .setParameter("skip", (long) page * PAGE_SIZE).getSingleResult());
        long running = opening + before;
        List<PassbookStatement.Entry> entries = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                SELECT id, value_date, type, amount_paise, reverses_txn_id FROM savings_txn
                WHERE member_id = :member AND value_date BETWEEN :start AND :end ORDER BY value_date, id""")
                .setParameter("member", memberId).setParameter("start", start).setParameter("end", end)
                .setFirstResult(page * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList()) {
            Object[] r = (Object[]) o;
            running += num(r[3]);
            entries.add(new PassbookStatement.Entry(num(r[0]), SqlDates.toLocalDate(r[1]), (String) r[2], num(r[3]), running,
                    r[4] == null ? null : num(r[4])));
        }
        return new PassbookStatement(memberId, from, to, opening, num(totals[1]), num(totals[2]), -num(totals[3]), num(totals[4]),
                page, PAGE_SIZE, opening + before, entries, loans(memberId, start, end));
    }

    /** Loans given by the period's end that still had something to pay at its start, or were given in it. */
    private List<PassbookStatement.LoanPart> loans(long memberId, Date start, Date end) {
        List<PassbookStatement.LoanPart> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                SELECT l.id, l.fund_source, l.principal_paise, l.disbursal_date,
                       (SELECT SUM(i.principal_due_paise + i.charge_due_paise) FROM loan_instalment i WHERE i.loan_id = l.id),
                       (SELECT COALESCE(SUM(r.amount_paise), 0) FROM loan_repayment r WHERE r.loan_id = l.id AND r.value_date < :start),
                       (SELECT COALESCE(SUM(r.amount_paise), 0) FROM loan_repayment r WHERE r.loan_id = l.id AND r.value_date <= :end)
                FROM loan l WHERE l.member_id = :member AND l.disbursal_date <= :end ORDER BY l.disbursal_date, l.id""")
                .setParameter("member", memberId).setParameter("start", start).setParameter("end", end).getResultList()) {
            Object[] r = (Object[]) o;
            long loanId = num(r[0]);
            LocalDate disbursed = SqlDates.toLocalDate(r[3]);
            long total = num(r[4]);
            boolean givenBefore = disbursed.isBefore(start.toLocalDate());
            // A loan given in the period had nothing left to pay at its start: start + given - repaid = end.
            long atStart = givenBefore ? total - num(r[5]) : 0;
            long atEnd = total - num(r[6]);
            List<PassbookStatement.Repayment> repayments = repayments(loanId, start, end);
            if (givenBefore && atStart <= 0 && repayments.isEmpty()) {
                continue;
            }
            out.add(new PassbookStatement.LoanPart(loanId, (String) r[1], num(r[2]), disbursed, total, atStart, atEnd,
                    instalments(loanId, start, end), repayments));
        }
        return out;
    }

    private List<PassbookStatement.Instalment> instalments(long loanId, Date start, Date end) {
        List<PassbookStatement.Instalment> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                SELECT i.seq, i.due_date, i.principal_due_paise + i.charge_due_paise,
                       (SELECT COALESCE(SUM(a.principal_paise + a.charge_paise), 0) FROM loan_allocation a
                        JOIN loan_repayment r ON r.id = a.repayment_id WHERE a.instalment_id = i.id AND r.value_date <= :end)
                FROM loan_instalment i WHERE i.loan_id = :loan AND i.due_date BETWEEN :start AND :end ORDER BY i.seq""")
                .setParameter("loan", loanId).setParameter("start", start).setParameter("end", end).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new PassbookStatement.Instalment((int) num(r[0]), SqlDates.toLocalDate(r[1]), num(r[2]), num(r[3])));
        }
        return out;
    }

    private List<PassbookStatement.Repayment> repayments(long loanId, Date start, Date end) {
        List<PassbookStatement.Repayment> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                SELECT id, value_date, amount_paise FROM loan_repayment
                WHERE loan_id = :loan AND value_date BETWEEN :start AND :end ORDER BY value_date, id""")
                .setParameter("loan", loanId).setParameter("start", start).setParameter("end", end).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new PassbookStatement.Repayment(num(r[0]), SqlDates.toLocalDate(r[1]), num(r[2])));
        }
        return out;
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
