package org.sakhiline.books.consistency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import org.sakhiline.books.savings.SavingsTxn;

/**
 * Recomputes the caches from the logs: each member's balance from savings_txn (one GROUP BY) and each
 * instalment's paid amounts from loan_allocation (one GROUP BY). {@link #rebuild()} rewrites the caches
 * from the logs; the logs themselves are never touched. Meeting sheets are checked against the ledger rows
 * that name them (savings, fines, repayments); nothing rebuilds those: a difference is for staff to look at.
 */
@ApplicationScoped
@Transactional
public class ConsistencyCheck {

    public static final int MAX_LISTED = 1000;
    private static final Logger LOG = Logger.getLogger(ConsistencyCheck.class);

    // A member with no balance row counts as a cached 0; a balance row with no log must be 0.
    private static final String BALANCE_DIFFS = "SELECT t.member_id, COALESCE(b.balance_paise, 0), t.total"
            + " FROM (SELECT member_id, SUM(amount_paise) AS total FROM savings_txn GROUP BY member_id) t"
            + " LEFT JOIN savings_balance b ON b.member_id = t.member_id WHERE COALESCE(b.balance_paise, 0) <> t.total"
            + " UNION ALL SELECT b.member_id, b.balance_paise, 0 FROM savings_balance b"
            + " WHERE b.balance_paise <> 0 AND NOT EXISTS (SELECT 1 FROM savings_txn t WHERE t.member_id = b.member_id)";
    private static final String ALLOCATED = "(SELECT instalment_id, SUM(principal_paise) AS p, SUM(charge_paise) AS c"
            + " FROM loan_allocation GROUP BY instalment_id)";
    private static final String INSTALMENT_DIFFS = "SELECT i.id, i.loan_id, i.seq, i.principal_paid_paise, COALESCE(a.p, 0),"
            + " i.charge_paid_paise, COALESCE(a.c, 0) FROM loan_instalment i LEFT JOIN " + ALLOCATED
            + " a ON a.instalment_id = i.id"
            + " WHERE i.principal_paid_paise <> COALESCE(a.p, 0) OR i.charge_paid_paise <> COALESCE(a.c, 0)";

    /** Per sheet and kind: what its lines say against what the ledger holds under its id (see SheetDifference). */
    private static final String SHEET_DIFFS = sheetDiffs("savings", "SELECT sheet_id, SUM(savings_paise) AS v FROM meeting_sheet_line"
            + " GROUP BY sheet_id", "savings_txn") + " UNION ALL " + sheetDiffs("fines", "SELECT sheet_id, SUM(fine_paise) AS v"
            + " FROM meeting_sheet_line GROUP BY sheet_id", "fine_txn") + " UNION ALL " + sheetDiffs("repaid",
            "SELECT sheet_id, SUM(amount_paise) AS v FROM meeting_sheet_repayment GROUP BY sheet_id", "loan_repayment");

    private static String sheetDiffs(String kind, String linesSql, String ledger) {
        return "SELECT s.id, '" + kind + "', CASE WHEN s.status = 'CONFIRMED' THEN COALESCE(l.v, 0) ELSE 0 END, COALESCE(t.v, 0)"
                + " FROM meeting_sheet s LEFT JOIN (" + linesSql + ") l ON l.sheet_id = s.id"
                + " LEFT JOIN (SELECT sheet_id, SUM(amount_paise) AS v, COUNT(*) AS n FROM " + ledger
                + " WHERE sheet_id IS NOT NULL GROUP BY sheet_id) t ON t.sheet_id = s.id"
                + " WHERE CASE WHEN s.status = 'CONFIRMED' THEN COALESCE(l.v, 0) <> COALESCE(t.v, 0) ELSE COALESCE(t.n, 0) > 0 END";
    }

    @Transactional(TxType.SUPPORTS)
    public ConsistencyReport check() {
        List<ConsistencyReport.BalanceDifference> balances = rows(BALANCE_DIFFS).stream()
                .map(r -> new ConsistencyReport.BalanceDifference(num(r[0]), num(r[1]), num(r[2]))).toList();
        List<ConsistencyReport.InstalmentDifference> instalments = rows(INSTALMENT_DIFFS).stream()
                .map(r -> new ConsistencyReport.InstalmentDifference(num(r[0]), num(r[1]), (int) num(r[2]), num(r[3]),
                        num(r[4]), num(r[5]), num(r[6]))).toList();
        List<ConsistencyReport.SheetDifference> sheets = rows(SHEET_DIFFS).stream()
                .map(r -> new ConsistencyReport.SheetDifference(num(r[0]), (String) r[1], num(r[2]), num(r[3]))).toList();
        ConsistencyReport report = new ConsistencyReport(Instant.now(),
                balances.isEmpty() && instalments.isEmpty() && sheets.isEmpty(),
                balances.size(), balances.stream().limit(MAX_LISTED).toList(),
                instalments.size(), instalments.stream().limit(MAX_LISTED).toList(),
                sheets.size(), sheets.stream().limit(MAX_LISTED).toList());
        if (!report.consistent()) {
            LOG.warnf("consistency check: %d balance, %d instalment and %d meeting-sheet differences", balances.size(),
                    instalments.size(), sheets.size());
        }
        return report;
    }

    /** Rewrites every cache from its log and returns what was wrong before. */
    public ConsistencyReport rebuild() {
        ConsistencyReport before = check();
        Instant now = Instant.now();
        em().createNativeQuery("INSERT INTO savings_balance (member_id, balance_paise, last_txn_id, updated_at)"
                        + " SELECT member_id, SUM(amount_paise), MAX(id), ?1 FROM savings_txn GROUP BY member_id"
                        + " ON DUPLICATE KEY UPDATE balance_paise = VALUES(balance_paise),"
                        + " last_txn_id = VALUES(last_txn_id), updated_at = VALUES(updated_at)")
                .setParameter(1, now).executeUpdate();
        em().createNativeQuery("UPDATE savings_balance b SET b.balance_paise = 0, b.last_txn_id = NULL, b.updated_at = ?1"
                        + " WHERE NOT EXISTS (SELECT 1 FROM savings_txn t WHERE t.member_id = b.member_id)")
                .setParameter(1, now).executeUpdate();
        em().createNativeQuery("UPDATE loan_instalment i LEFT JOIN " + ALLOCATED + " a ON a.instalment_id = i.id"
                + " SET i.principal_paid_paise = COALESCE(a.p, 0), i.charge_paid_paise = COALESCE(a.c, 0)"
                + " WHERE i.principal_paid_paise <> COALESCE(a.p, 0) OR i.charge_paid_paise <> COALESCE(a.c, 0)")
                .executeUpdate();
        // Loan status follows the rebuilt instalments.
        em().createNativeQuery("UPDATE loan l SET l.status = CASE WHEN EXISTS (SELECT 1 FROM loan_instalment i"
                + " WHERE i.loan_id = l.id AND (i.principal_paid_paise < i.principal_due_paise"
                + " OR i.charge_paid_paise < i.charge_due_paise)) THEN 'ACTIVE' ELSE 'CLOSED' END").executeUpdate();
        LOG.infof("consistency rebuild: fixed %d balances and %d instalments", before.balanceDifferenceCount(),
                before.instalmentDifferenceCount());
        return before;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql) {
        return em().createNativeQuery(sql).getResultList();
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static EntityManager em() {
        return SavingsTxn.getEntityManager();
    }
}
