package org.sakhiline.reports.rollup;

import static org.sakhiline.reports.Cells.num;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sakhiline.reports.Cells;
import org.sakhiline.reports.LoanBook;
import org.sakhiline.reports.ReportsConfig;
import org.sakhiline.reports.RollupState;
import org.sakhiline.reports.dcb.DcbCalculator;
import org.sakhiline.reports.par.ParCalculator;
import org.sakhiline.reports.ratios.GroupActivity;

/**
 * Writes the report roll-ups: for a batch of groups, reads their books once and stores every covered
 * month's DCB and group counts, and PAR on every past month's last day and on "today", with the very
 * calculators the live reports use. A rebuild does every group; a refresh only the groups whose books
 * changed since the last one (found by id ranges on the ledger, never by scanning it).
 *
 * <p>Each batch is its own short transaction on a plain JDBC connection (delete the batch's rows, insert
 * the new ones), so readers see either a group's old rows or its new ones and no hop waits on it: the
 * ledger is only read, with non-locking SELECTs.
 */
@ApplicationScoped
public class ReportRollup {

    static final int GROUPS_PER_BATCH = 200;

    private final EntityManager em;
    private final AgroalDataSource dataSource;
    private final ReportsConfig config;

    public ReportRollup(EntityManager em, AgroalDataSource dataSource, ReportsConfig config) {
        this.em = em;
        this.dataSource = dataSource;
        this.config = config;
    }

    /** What a run did. */
    public record Run(int groups, long rows, YearMonth firstMonth, YearMonth lastMonth, LocalDate parAsOf) {}

    /** Recomputes every group for {@code months} months back from {@code today}'s month, PAR also on {@code today}. */
    public Run rebuild(LocalDate today, int months) {
        long[] seen = maxIds(null);
        long[] safe = maxIds("UTC_TIMESTAMP(6) - INTERVAL " + Math.max(0, config.inFlightMarginSeconds()) + " SECOND");
        List<Long> groups = em.createNativeQuery("SELECT id FROM org_unit WHERE level IN ('SHG', 'CO') ORDER BY id")
                .getResultList().stream().map(Cells::num).toList();
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(Math.max(0, months - 1));
        long rows = write(groups, first, last, today);
        exec("UPDATE report_rollup_state SET first_month = ?, last_month = ?, par_as_of = ?, repayment_id_safe = ?,"
                + " instalment_id_safe = ?, savings_txn_id_safe = ?, repayment_id_seen = ?, instalment_id_seen = ?,"
                + " savings_txn_id_seen = ?, rebuilt_at = UTC_TIMESTAMP(6), refreshed_at = UTC_TIMESTAMP(6) WHERE name = 'reports'",
                Date.valueOf(first.atDay(1)), Date.valueOf(last.atDay(1)), Date.valueOf(today), safe[0], safe[1], safe[2],
                seen[0], seen[1], seen[2]);
        return new Run(groups.size(), rows, first, last, today);
    }

    /**
     * Recomputes the groups whose books changed since the previous refresh; a no-op before the first
     * rebuild. The ids seen at the previous refresh become the safe ones (a posting in flight then has
     * committed by now), those seen now the next refresh's.
     */
    public Run refresh() {
        RollupState state = RollupState.read(em);
        if (state.firstMonth() == null) {
            return new Run(0, 0, null, null, null);
        }
        long[] seen = maxIds(null);
        Object[] prev = (Object[]) em.createNativeQuery("SELECT repayment_id_seen, instalment_id_seen, savings_txn_id_seen"
                + " FROM report_rollup_state WHERE name = 'reports'").getSingleResult();
        Set<Long> changed = new TreeSet<>(state.loansChanged(em));
        changed.addAll(state.savingsChanged(em));
        YearMonth first = YearMonth.from(state.firstMonth());
        YearMonth last = YearMonth.from(state.lastMonth());
        long rows = write(new ArrayList<>(changed), first, last, state.parAsOf());
        exec("UPDATE report_rollup_state SET repayment_id_safe = ?, instalment_id_safe = ?, savings_txn_id_safe = ?,"
                + " repayment_id_seen = ?, instalment_id_seen = ?, savings_txn_id_seen = ?, refreshed_at = UTC_TIMESTAMP(6)"
                + " WHERE name = 'reports'", num(prev[0]), num(prev[1]), num(prev[2]), seen[0], seen[1], seen[2]);
        return new Run(changed.size(), rows, first, last, state.parAsOf());
    }

    private long write(List<Long> groups, YearMonth first, YearMonth last, LocalDate parAsOf) {
        long rows = 0;
        for (int i = 0; i < groups.size(); i += GROUPS_PER_BATCH) {
            List<Long> batch = groups.subList(i, Math.min(groups.size(), i + GROUPS_PER_BATCH));
            rows += writeBatch(batch, first, last, parAsOf);
        }
        return rows;
    }

    private long writeBatch(List<Long> batch, YearMonth first, YearMonth last, LocalDate parAsOf) {
        LoanBook book = LoanBook.read(em, batch);
        GroupActivity activity = GroupActivity.read(em, batch, false);
        String ids = String.join(",", batch.stream().map(String::valueOf).toList());
        long rows = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (String table : List.of("report_loan_month", "report_par_day", "report_group_month")) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE shg_id IN (" + ids + ")")) {
                        ps.executeUpdate();
                    }
                }
                try (PreparedStatement loan = c.prepareStatement("INSERT INTO report_loan_month (month, shg_id, fund_source,"
                        + " arrears_start_paise, due_in_period_paise, paid_ahead_before_paise, collected_against_paise,"
                        + " collected_advance_paise, overdue_end_paise) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                     PreparedStatement par = c.prepareStatement("INSERT INTO report_par_day (as_of, shg_id, fund_source,"
                             + " outstanding_paise, par30_paise, par60_paise, par90_paise, overdue_paise, loans, loans_at_risk30)"
                             + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                     PreparedStatement group = c.prepareStatement("INSERT INTO report_group_month (month, shg_id, members_end,"
                             + " members_start, drop_outs, meetings_held, meetings_cancelled, present, expected, savings_end_paise)"
                             + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                        Date month = Date.valueOf(m.atDay(1));
                        for (DcbCalculator.Keyed k : DcbCalculator.compute(book, m.atDay(1), m.atEndOfMonth(), false)) {
                            var f = k.figures();
                            bind(loan, month, k.key(), k.fund().name(), f.arrearsAtStartPaise(), f.dueInPeriodPaise(),
                                    f.paidAheadBeforePaise(), f.collectedAgainstDemandPaise(), f.collectedAdvancePaise(),
                                    f.overdueAtEndPaise());
                            rows++;
                        }
                        if (m.atEndOfMonth().isBefore(parAsOf)) {
                            rows += parRows(par, book, m.atEndOfMonth());
                        }
                        for (Map.Entry<Long, GroupActivity.Counts> e : activity.counts(m.atDay(1), m.atEndOfMonth()).entrySet()) {
                            var g = e.getValue();
                            bind(group, month, e.getKey(), g.members(), g.membersAtStart(), g.dropOuts(), g.meetingsHeld(),
                                    g.meetingsCancelled(), g.present(), g.expected(), g.savingsPaise());
                            rows++;
                        }
                    }
                    rows += parRows(par, book, parAsOf);
                    loan.executeBatch();
                    par.executeBatch();
                    group.executeBatch();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("report roll-up failed for groups " + batch.get(0) + "…", e);
        }
        return rows;
    }

    private static long parRows(PreparedStatement par, LoanBook book, LocalDate day) throws SQLException {
        long rows = 0;
        for (ParCalculator.Keyed k : ParCalculator.compute(book, day, false)) {
            var f = k.figures();
            bind(par, Date.valueOf(day), k.key(), k.fund().name(), f.outstandingPaise(), f.par30Paise(), f.par60Paise(),
                    f.par90Paise(), f.overduePaise(), f.loans(), f.loansAtRisk30());
            rows++;
        }
        return rows;
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
        ps.addBatch();
    }

    /**
     * The highest repayment, instalment and savings ids; with {@code before}, the highest of rows created
     * before that moment (instalments by their loan's creation), which a rebuild takes as safe.
     */
    private long[] maxIds(String before) {
        String r = before == null ? "SELECT COALESCE(MAX(id), 0) FROM loan_repayment"
                : "SELECT COALESCE((SELECT id FROM loan_repayment WHERE created_at <= " + before + " ORDER BY id DESC LIMIT 1), 0)";
        String i = before == null ? "SELECT COALESCE(MAX(id), 0) FROM loan_instalment"
                : "SELECT COALESCE((SELECT i.id FROM loan_instalment i JOIN loan l ON l.id = i.loan_id WHERE l.created_at <= "
                  + before + " ORDER BY i.id DESC LIMIT 1), 0)";
        String s = before == null ? "SELECT COALESCE(MAX(id), 0) FROM savings_txn"
                : "SELECT COALESCE((SELECT id FROM savings_txn WHERE created_at <= " + before + " ORDER BY id DESC LIMIT 1), 0)";
        return new long[] {one(r), one(i), one(s)};
    }

    private long one(String sql) {
        return num(em.createNativeQuery(sql).getSingleResult());
    }

    private void exec(String sql, Object... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            c.setAutoCommit(true);
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("report roll-up state update failed", e);
        }
    }
}
