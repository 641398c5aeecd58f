package org.sakhiline.books.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;
import org.sakhiline.support.SqlDates;

/**
 * Savings and loan principal per SHG and month (table {@code month_rollup}), kept from the append-only logs so the
 * dashboard's twelve-month trend reads a few thousand summary rows instead of the whole ledger. Three ways in:
 * {@link #fold()} adds log rows past the watermarks (every minute), {@link #rebuild()} recomputes everything
 * (nightly, and on first start), and {@link #monthly} answers with the summary plus the rows not yet folded, so
 * what it returns always equals the ledger. {@link #differences()} compares summary and ledger row by row.
 */
@ApplicationScoped
@Transactional
public class MonthlyRollup {

    private static final Logger LOG = Logger.getLogger(MonthlyRollup.class);

    /** Each log's contribution as (shg_id, month, savings, disbursed, principal repaid), for ids in (:after, :upTo]. */
    private static final String SAVINGS_ROWS = "SELECT m.shg_id, " + month("t.value_date")
            + " AS month, SUM(t.amount_paise) AS s, 0 AS d, 0 AS r FROM savings_txn t JOIN member m ON m.id = t.member_id"
            + " WHERE t.id > :after AND t.id <= :upTo %s GROUP BY m.shg_id, month";
    private static final String LOAN_ROWS = "SELECT m.shg_id, " + month("l.disbursal_date")
            + " AS month, 0 AS s, SUM(l.principal_paise) AS d, 0 AS r FROM loan l JOIN member m ON m.id = l.member_id"
            + " WHERE l.id > :after AND l.id <= :upTo %s GROUP BY m.shg_id, month";
    private static final String ALLOCATION_ROWS = "SELECT m.shg_id, " + month("r.value_date")
            + " AS month, 0 AS s, 0 AS d, SUM(a.principal_paise) AS r FROM loan_allocation a JOIN loan_repayment r ON r.id = a.repayment_id"
            + " JOIN loan l ON l.id = r.loan_id JOIN member m ON m.id = l.member_id"
            + " WHERE a.id > :after AND a.id <= :upTo %s GROUP BY m.shg_id, month";
    private static final String UPSERT = "INSERT INTO month_rollup (shg_id, month, savings_paise, disbursed_paise,"
            + " principal_repaid_paise) %s ON DUPLICATE KEY UPDATE savings_paise = savings_paise + VALUES(savings_paise),"
            + " disbursed_paise = disbursed_paise + VALUES(disbursed_paise),"
            + " principal_repaid_paise = principal_repaid_paise + VALUES(principal_repaid_paise)";

    /** The whole ledger's month totals are kept under this group id (org unit ids start at 1), so an administrator's
     *  dashboard reads a dozen rows instead of summing every group's. */
    static final long WHOLE = 0;
    private static final String TOTALS = "SELECT 0, month, SUM(s), SUM(d), SUM(r) FROM (%s) x GROUP BY month";

    private final EntityManager em;

    /** The first day of a date's month; "%%" because the query is formatted once more (with its scope filter). */
    private static String month(String column) {
        return "DATE_FORMAT(" + column + ", '%%Y-%%m-01')";
    }

    public MonthlyRollup(EntityManager em) {
        this.em = em;
    }

    /** A month's flows in a part of the tree, and the balances at its end. */
    public record MonthTotals(YearMonth month, long savingsFlowPaise, long disbursedPaise, long principalRepaidPaise,
                              long savingsBalancePaise, long loansOutstandingPaise) {}

    /**
     * Every month from {@code from} to {@code to} for the SHGs in {@code units} (null: all), balances including
     * everything posted before {@code from}. Entries dated after {@code to} are left out. One transaction: its
     * snapshot sees the summary and the watermarks as one fold left them (no row counted twice or missed).
     */
    public List<MonthTotals> monthly(List<Long> units, YearMonth from, YearMonth to) {
        if (units != null && units.isEmpty()) {
            units = List.of(-1L);
        }
        Watermarks w = watermarks(false);
        String scope = units == null ? "" : "AND m.shg_id IN (:units)";
        String summaryScope = units == null ? " WHERE shg_id = " + WHOLE : " WHERE shg_id IN (:units)";
        Map<YearMonth, long[]> flows = new TreeMap<>();
        add(flows, query("SELECT shg_id, month, savings_paise, disbursed_paise, principal_repaid_paise FROM month_rollup"
                + summaryScope, -1, -1, units, true));
        add(flows, query(SAVINGS_ROWS.formatted(scope), w.savings, Long.MAX_VALUE, units, false));
        add(flows, query(LOAN_ROWS.formatted(scope), w.loans, Long.MAX_VALUE, units, false));
        add(flows, query(ALLOCATION_ROWS.formatted(scope), w.allocations, Long.MAX_VALUE, units, false));
        long savings = 0;
        long outstanding = 0;
        List<MonthTotals> out = new ArrayList<>();
        for (Map.Entry<YearMonth, long[]> e : flows.entrySet()) {
            if (e.getKey().isBefore(from)) {
                savings += e.getValue()[0];
                outstanding += e.getValue()[1] - e.getValue()[2];
            }
        }
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            long[] f = flows.getOrDefault(m, new long[3]);
            savings += f[0];
            outstanding += f[1] - f[2];
            out.add(new MonthTotals(m, f[0], f[1], f[2], savings, outstanding));
        }
        return out;
    }

    /**
     * Folds in the log rows up to what the previous fold saw, and notes how far the logs reach now. Runs under the
     * state row's lock, so two instances folding at once take turns and the second finds nothing left.
     */
    @io.quarkus.narayana.jta.runtime.TransactionConfiguration(timeout = 900)
    public int fold() {
        Watermarks w = watermarks(true);
        Object[] seen = (Object[]) em.createNativeQuery("SELECT seen_savings_txn_id, seen_loan_id, seen_allocation_id"
                + " FROM month_rollup_state WHERE id = 1").getSingleResult();
        long seenSavings = Math.max(w.savings, num(seen[0]));
        long seenLoans = Math.max(w.loans, num(seen[1]));
        long seenAllocations = Math.max(w.allocations, num(seen[2]));
        int rows = 0;
        rows += upsert(SAVINGS_ROWS.formatted(""), w.savings, seenSavings, true);
        rows += upsert(LOAN_ROWS.formatted(""), w.loans, seenLoans, true);
        rows += upsert(ALLOCATION_ROWS.formatted(""), w.allocations, seenAllocations, true);
        long[] now = maxIds();
        em.createNativeQuery("UPDATE month_rollup_state SET savings_txn_id = ?1, loan_id = ?2, allocation_id = ?3,"
                        + " seen_savings_txn_id = ?4, seen_loan_id = ?5, seen_allocation_id = ?6, folded_at = ?7 WHERE id = 1")
                .setParameter(1, seenSavings).setParameter(2, seenLoans).setParameter(3, seenAllocations)
                .setParameter(4, now[0]).setParameter(5, now[1]).setParameter(6, now[2]).setParameter(7, Instant.now())
                .executeUpdate();
        return rows;
    }

    /** Recomputes the whole summary from the ledger; the watermarks move to the newest rows. */
    @io.quarkus.narayana.jta.runtime.TransactionConfiguration(timeout = 900)
    public void rebuild() {
        watermarks(true);
        long[] now = maxIds();
        em.createNativeQuery("DELETE FROM month_rollup").executeUpdate();
        upsert(SAVINGS_ROWS.formatted(""), 0, now[0], false);
        upsert(LOAN_ROWS.formatted(""), 0, now[1], false);
        upsert(ALLOCATION_ROWS.formatted(""), 0, now[2], false);
        // The whole ledger's rows from the groups' rows: a few thousand rows read instead of the ledger again.
        em.createNativeQuery("INSERT INTO month_rollup (shg_id, month, savings_paise, disbursed_paise, principal_repaid_paise)"
                + " SELECT " + WHOLE + ", month, SUM(savings_paise), SUM(disbursed_paise), SUM(principal_repaid_paise)"
                + " FROM month_rollup WHERE shg_id <> " + WHOLE + " GROUP BY month").executeUpdate();
        Instant at = Instant.now();
        em.createNativeQuery("UPDATE month_rollup_state SET savings_txn_id = ?1, loan_id = ?2, allocation_id = ?3,"
                        + " seen_savings_txn_id = ?1, seen_loan_id = ?2, seen_allocation_id = ?3, folded_at = ?4, rebuilt_at = ?4"
                        + " WHERE id = 1")
                .setParameter(1, now[0]).setParameter(2, now[1]).setParameter(3, now[2]).setParameter(4, at).executeUpdate();
        LOG.infof("monthly roll-up rebuilt from the ledger up to savings %d, loan %d, allocation %d", now[0], now[1], now[2]);
    }

    /** True once a rebuild has run (the first start on an existing ledger rebuilds instead of folding it all). */
    @Transactional(TxType.SUPPORTS)
    public boolean everRebuilt() {
        return em.createNativeQuery("SELECT rebuilt_at FROM month_rollup_state WHERE id = 1").getSingleResult() != null;
    }

    /** A (SHG, month) where the summary disagrees with the folded part of the ledger. */
    public record Difference(long shgId, LocalDate month, long[] summary, long[] ledger) {}

    /** Summary against a recomputation of the ledger up to the watermarks; empty when they agree. */
    public List<Difference> differences() {
        Watermarks w = watermarks(false);
        Map<String, long[]> ledger = new HashMap<>();
        Map<String, long[]> summary = new HashMap<>();
        collect(ledger, query(SAVINGS_ROWS.formatted(""), 0, w.savings, null, false));
        collect(ledger, query(LOAN_ROWS.formatted(""), 0, w.loans, null, false));
        collect(ledger, query(ALLOCATION_ROWS.formatted(""), 0, w.allocations, null, false));
        collect(summary, query("SELECT shg_id, month, savings_paise, disbursed_paise, principal_repaid_paise FROM month_rollup"
                + " WHERE shg_id <> " + WHOLE, -1, -1, null, true));
        // The whole ledger's rows must equal the sum over the groups, month by month.
        Map<String, long[]> whole = new HashMap<>();
        collect(whole, query("SELECT shg_id, month, savings_paise, disbursed_paise, principal_repaid_paise FROM month_rollup"
                + " WHERE shg_id = " + WHOLE, -1, -1, null, true));
        Map<String, long[]> summed = new HashMap<>();
        for (Map.Entry<String, long[]> e : ledger.entrySet()) {
            long[] t = summed.computeIfAbsent(WHOLE + "|" + e.getKey().substring(e.getKey().indexOf('|') + 1), k -> new long[3]);
            for (int i = 0; i < 3; i++) {
                t[i] += e.getValue()[i];
            }
        }
        ledger.putAll(summed);
        summary.putAll(whole);
        List<Difference> out = new ArrayList<>();
        java.util.Set<String> keys = new java.util.TreeSet<>(ledger.keySet());
        keys.addAll(summary.keySet());
        for (String k : keys) {
            long[] s = summary.getOrDefault(k, new long[3]);
            long[] l = ledger.getOrDefault(k, new long[3]);
            if (!java.util.Arrays.equals(s, l)) {
                String[] parts = k.split("\\|");
                out.add(new Difference(Long.parseLong(parts[0]), LocalDate.parse(parts[1]), s, l));
            }
        }
        if (!out.isEmpty()) {
            LOG.warnf("monthly roll-up: %d (SHG, month) rows differ from the ledger", out.size());
        }
        return out;
    }

    // --- internals -------------------------------------------------------------------------------------------

    private record Watermarks(long savings, long loans, long allocations) {}

    private Watermarks watermarks(boolean lock) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT savings_txn_id, loan_id, allocation_id FROM month_rollup_state"
                + " WHERE id = 1" + (lock ? " FOR UPDATE" : "")).getSingleResult();
        return new Watermarks(num(r[0]), num(r[1]), num(r[2]));
    }

    private long[] maxIds() {
        Object[] r = (Object[]) em.createNativeQuery("SELECT (SELECT COALESCE(MAX(id), 0) FROM savings_txn),"
                + " (SELECT COALESCE(MAX(id), 0) FROM loan), (SELECT COALESCE(MAX(id), 0) FROM loan_allocation)").getSingleResult();
        return new long[] {num(r[0]), num(r[1]), num(r[2])};
    }

    /** Adds the rows' sums per group and month, and the same per month to the whole ledger's row. */
    private int upsert(String select, long after, long upTo, boolean withWhole) {
        if (upTo <= after) {
            return 0;
        }
        int rows = em.createNativeQuery(UPSERT.formatted(select)).setParameter("after", after).setParameter("upTo", upTo)
                .executeUpdate();
        if (!withWhole) {
            return rows;
        }
        em.createNativeQuery(UPSERT.formatted(TOTALS.formatted(select)))
                .setParameter("after", after).setParameter("upTo", upTo).executeUpdate();
        return rows;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> query(String sql, long after, long upTo, List<Long> units, boolean summary) {
        var q = em.createNativeQuery(sql);
        if (!summary) {
            q.setParameter("after", after).setParameter("upTo", upTo);
        }
        if (units != null) {
            q.setParameter("units", units);
        }
        return q.getResultList();
    }

    private static void add(Map<YearMonth, long[]> flows, List<Object[]> rows) {
        for (Object[] r : rows) {
            long[] f = flows.computeIfAbsent(YearMonth.from(date(r[1])), k -> new long[3]);
            f[0] += num(r[2]);
            f[1] += num(r[3]);
            f[2] += num(r[4]);
        }
    }

    private static void collect(Map<String, long[]> into, List<Object[]> rows) {
        for (Object[] r : rows) {
            long[] f = into.computeIfAbsent(num(r[0]) + "|" + date(r[1]), k -> new long[3]);
            f[0] += num(r[2]);
            f[1] += num(r[3]);
            f[2] += num(r[4]);
        }
    }

    private static LocalDate date(Object o) {
        return SqlDates.toLocalDate(o);
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
