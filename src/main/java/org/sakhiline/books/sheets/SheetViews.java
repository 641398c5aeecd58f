package org.sakhiline.books.sheets;

import static org.sakhiline.books.sheets.SqlValues.num;
import static org.sakhiline.books.sheets.SqlValues.numOrNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sakhiline.support.problem.NotFoundException;

/**
 * Reads sheets as every channel shows them: one sheet with its lines (four indexed queries), or lists of
 * sheets with their totals (three grouped queries for the whole page).
 */
@ApplicationScoped
public class SheetViews {

    private static final String SUMMARY_COLUMNS = "SELECT s.id, s.meeting_id, s.shg_id, o.name, m.meeting_date, s.status,"
            + " s.cash_counted_paise, s.updated_at FROM meeting_sheet s JOIN meeting m ON m.id = s.meeting_id"
            + " JOIN org_unit o ON o.id = s.shg_id ";

    private final EntityManager em;

    public SheetViews(EntityManager em) {
        this.em = em;
    }

    SheetView build(long sheetId) {
        List<?> head = em.createNativeQuery("SELECT s.meeting_id, s.shg_id, o.name, m.meeting_date, p.time_zone, s.status,"
                        + " s.version, s.cash_counted_paise, s.rejected_reason FROM meeting_sheet s"
                        + " JOIN meeting m ON m.id = s.meeting_id JOIN org_unit o ON o.id = s.shg_id"
                        + " JOIN shg_profile p ON p.org_unit_id = s.shg_id WHERE s.id = ?1")
                .setParameter(1, sheetId).getResultList();
        if (head.isEmpty()) {
            throw new NotFoundException("meeting sheet", sheetId);
        }
        Object[] h = (Object[]) head.get(0);
        List<SheetLine> lines = lines(sheetId);
        Long cash = numOrNull(h[7]);
        int openFlags = lines.stream().mapToInt(SheetLine::openFlags).sum();
        return new SheetView(sheetId, num(h[0]), num(h[1]), (String) h[2], SqlValues.date(h[3]), ZoneId.of((String) h[4]),
                SheetStatus.valueOf((String) h[5]), num(h[6]), lines, SheetTotals.of(lines, cash), (String) h[8], openFlags);
    }

    private List<SheetLine> lines(long sheetId) {
        Map<Long, List<SheetRepayment>> repayments = new HashMap<>();
        List<?> loans = em.createNativeQuery("SELECT r.member_id, r.loan_id, r.due_paise, r.amount_paise,"
                        + " (SELECT COALESCE(SUM(i.principal_due_paise - i.principal_paid_paise + i.charge_due_paise"
                        + " - i.charge_paid_paise), 0) FROM loan_instalment i WHERE i.loan_id = r.loan_id)"
                        + " FROM meeting_sheet_repayment r WHERE r.sheet_id = ?1 ORDER BY r.member_id, r.loan_id")
                .setParameter(1, sheetId).getResultList();
        for (Object o : loans) {
            Object[] r = (Object[]) o;
            long loanId = num(r[1]);
            repayments.computeIfAbsent(num(r[0]), k -> new ArrayList<>())
                    .add(new SheetRepayment(loanId, loanRef(loanId), num(r[2]), num(r[4]), num(r[3])));
        }
        Map<Long, Integer> flags = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT member_id, COUNT(*) FROM meeting_sheet_flag WHERE sheet_id = ?1"
                + " AND resolved_at IS NULL GROUP BY member_id").setParameter(1, sheetId).getResultList()) {
            Object[] r = (Object[]) o;
            flags.put(num(r[0]), (int) num(r[1]));
        }
        List<?> rows = em.createNativeQuery("SELECT l.member_id, mb.member_no, mb.name, mb.name_native, l.position,"
                        + " l.attendance, l.savings_paise, l.fine_paise, l.usual_savings_paise FROM meeting_sheet_line l"
                        + " JOIN member mb ON mb.id = l.member_id WHERE l.sheet_id = ?1 ORDER BY l.position")
                .setParameter(1, sheetId).getResultList();
        List<SheetLine> lines = new ArrayList<>(rows.size());
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            long memberId = num(r[0]);
            lines.add(new SheetLine(memberId, String.valueOf(num(r[1])), (String) r[2], (String) r[3], (int) num(r[4]),
                    r[5] == null ? null : Attendance.valueOf((String) r[5]), num(r[6]), num(r[7]),
                    repayments.getOrDefault(memberId, List.of()), num(r[8]), flags.getOrDefault(memberId, 0)));
        }
        return lines;
    }

    /** How a loan is named on a sheet and in a receipt. */
    static String loanRef(long loanId) {
        return "L" + loanId;
    }

    /** Sheets in {@code status}, in the given units (null = all), oldest change first. */
    List<SheetSummary> byStatus(SheetStatus status, List<Long> orgUnitIds, Long shgId, int limit) {
        if (orgUnitIds != null && orgUnitIds.isEmpty()) {
            return List.of();
        }
        String where = "WHERE s.status = :status" + (orgUnitIds == null ? "" : " AND s.shg_id IN (:units)")
                + (shgId == null ? "" : " AND s.shg_id = :shg");
        Query q = em.createNativeQuery(SUMMARY_COLUMNS + where + " ORDER BY s.updated_at, s.id").setParameter("status", status.name());
        if (orgUnitIds != null) {
            q.setParameter("units", orgUnitIds);
        }
        if (shgId != null) {
            q.setParameter("shg", shgId);
        }
        return summaries(q.setMaxResults(limit).getResultList());
    }

    /** Sheets with unresolved WRONG flags, in the given units (null = all), most recently flagged first. */
    List<SheetSummary> flagged(List<Long> orgUnitIds, int limit) {
        if (orgUnitIds != null && orgUnitIds.isEmpty()) {
            return List.of();
        }
        Query q = em.createNativeQuery(SUMMARY_COLUMNS + "JOIN (SELECT sheet_id, MAX(at) AS last_at FROM meeting_sheet_flag"
                + " WHERE resolved_at IS NULL GROUP BY sheet_id) f ON f.sheet_id = s.id"
                + (orgUnitIds == null ? "" : " WHERE s.shg_id IN (:units)") + " ORDER BY f.last_at DESC, s.id DESC");
        if (orgUnitIds != null) {
            q.setParameter("units", orgUnitIds);
        }
        return summaries(q.setMaxResults(limit).getResultList());
    }

    private List<SheetSummary> summaries(List<?> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(o -> num(((Object[]) o)[0])).toList();
        Map<Long, Object[]> lineSums = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT sheet_id, SUM(attendance = 'PRESENT'), SUM(attendance = 'ABSENT'),"
                + " SUM(attendance = 'LEAVE'), SUM(attendance IS NULL), SUM(savings_paise), SUM(fine_paise)"
                + " FROM meeting_sheet_line WHERE sheet_id IN (?1) GROUP BY sheet_id").setParameter(1, ids).getResultList()) {
            lineSums.put(num(((Object[]) o)[0]), (Object[]) o);
        }
        Map<Long, Long> repaid = grouped("SELECT sheet_id, SUM(amount_paise) FROM meeting_sheet_repayment"
                + " WHERE sheet_id IN (?1) GROUP BY sheet_id", ids);
        Map<Long, Long> flags = grouped("SELECT sheet_id, COUNT(*) FROM meeting_sheet_flag WHERE sheet_id IN (?1)"
                + " AND resolved_at IS NULL GROUP BY sheet_id", ids);
        List<SheetSummary> out = new ArrayList<>(rows.size());
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            long id = num(r[0]);
            Object[] l = lineSums.get(id);
            long savings = l == null ? 0 : num(l[5]);
            long fines = l == null ? 0 : num(l[6]);
            long rep = repaid.getOrDefault(id, 0L);
            long collected = savings + fines + rep;
            Long cash = numOrNull(r[6]);
            SheetTotals totals = new SheetTotals(count(l, 1), count(l, 2), count(l, 3), count(l, 4), savings, rep, fines,
                    collected, cash, cash == null ? null : cash - collected);
            out.add(new SheetSummary(id, num(r[1]), num(r[2]), (String) r[3], SqlValues.date(r[4]),
                    SheetStatus.valueOf((String) r[5]), totals, (int) (long) flags.getOrDefault(id, 0L), SqlValues.instant(r[7])));
        }
        return out;
    }

    private static int count(Object[] sums, int i) {
        return sums == null || sums[i] == null ? 0 : (int) num(sums[i]);
    }

    private Map<Long, Long> grouped(String sql, List<Long> ids) {
        Map<Long, Long> out = new HashMap<>();
        for (Object o : em.createNativeQuery(sql).setParameter(1, ids).getResultList()) {
            Object[] r = (Object[]) o;
            out.put(num(r[0]), num(r[1]));
        }
        return out;
    }
}
