package org.sakhiline.reminders;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.books.loans.LoanDues;
import org.sakhiline.books.meetings.MeetingSchedule;
import org.sakhiline.books.meetings.MeetingStatus;
import org.sakhiline.books.meetings.MeetingSummary;
import org.sakhiline.books.org.MeetingFrequency;
import org.sakhiline.books.org.MeetingRule;
import org.sakhiline.support.i18n.Languages;

/**
 * What the planner reads for one window, over plain JDBC on one connection. It is a bulk job over up to
 * 100k members, so a few set-based queries (chunked by group or loan where they name them), never one per
 * member; it keeps count of the rows it reads. Only reachable members (active, not stopped) are read.
 */
final class ReminderReads {

    private static final int IN_CHUNK = 1000;
    private static final String UNPAID = "i.principal_paid_paise + i.charge_paid_paise < i.principal_due_paise + i.charge_due_paise";
    private static final String UNPAID_AMOUNT = "(i.principal_due_paise - i.principal_paid_paise + i.charge_due_paise - i.charge_paid_paise)";
    private static final String MEMBER_COLUMNS = "m.id, m.shg_id, m.language, m.script, c.channel,"
            + " (SELECT p.phone_e164 FROM member_phone p WHERE p.member_id = m.id ORDER BY p.id LIMIT 1) AS phone";
    private static final String REACHABLE = "m.status = 'ACTIVE' AND m.reminders_opt_out = FALSE";
    /** After MEMBER_COLUMNS: the instalment as the books' {@link LoanDues.Unpaid} sees it. */
    private static final String INSTALMENT_COLUMNS = ", i.id, i.loan_id, l.fund_source, l.grace_days, i.due_date, " + UNPAID_AMOUNT;
    private static final String INSTALMENTS_OF_REACHABLE = " FROM loan_instalment i JOIN loan l ON l.id = i.loan_id"
            + " JOIN member m ON m.id = l.member_id LEFT JOIN member_reminder_channel c ON c.member_id = m.id"
            + " WHERE l.status = 'ACTIVE' AND " + UNPAID + " AND " + REACHABLE;

    private final Connection c;
    private long rowsRead;

    ReminderReads(Connection c) {
        this.c = c;
    }

    long rowsRead() {
        return rowsRead;
    }

    /** Groups with their calendar and rules in force, those with a send day of any kind in {@code (from, to]}. */
    List<GroupPlan> groupsWithSendDays(Instant from, Instant to) throws SQLException {
        Map<Long, List<EffectiveRule>> rulesByUnit = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, org_unit_id, kind, days_offset, send_at, repeat_every_days,"
                + " max_sends, channel, window_start, window_end FROM reminder_rule WHERE active = TRUE");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rowsRead++;
                ReminderRule r = new ReminderRule();
                r.id = rs.getLong(1);
                r.orgUnitId = rs.getLong(2);
                r.kind = ReminderKind.valueOf(rs.getString(3));
                r.daysOffset = rs.getInt(4);
                r.sendAt = rs.getObject(5, LocalTime.class);
                r.repeatEveryDays = intOrNull(rs, 6);
                r.maxSends = rs.getInt(7);
                r.channel = ReminderChannel.valueOf(rs.getString(8));
                r.windowStart = rs.getObject(9, LocalTime.class);
                r.windowEnd = rs.getObject(10, LocalTime.class);
                r.active = true;
                rulesByUnit.computeIfAbsent(r.orgUnitId, k -> new ArrayList<>()).add(EffectiveRule.of(r));
            }
        }
        if (rulesByUnit.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> parents = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, parent_id FROM org_unit WHERE level NOT IN ('SHG', 'CO')");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rowsRead++;
                long parent = rs.getLong(2);
                parents.put(rs.getLong(1), rs.wasNull() ? null : parent);
            }
        }
        // Thousands of groups share a few rules and zones: their send days are worked out once per pair.
        Map<String, List<ReminderTiming.Slot>> slotCache = new HashMap<>();
        List<GroupPlan> groups = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.org_unit_id, o.parent_id, p.time_zone, p.meeting_frequency,"
                + " p.meeting_day_of_week, p.meeting_week_of_month, p.meeting_day_of_month, p.meeting_time, p.meeting_place"
                + " FROM shg_profile p JOIN org_unit o ON o.id = p.org_unit_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rowsRead++;
                long id = rs.getLong(1);
                long parent = rs.getLong(2);
                Long parentId = rs.wasNull() ? null : parent;
                Map<ReminderKind, EffectiveRule> effective = EffectiveRule.forGroup(id, parentId, parents, rulesByUnit);
                if (effective.isEmpty()) {
                    continue;
                }
                ZoneId zone = ZoneId.of(rs.getString(3));
                Map<ReminderKind, List<ReminderTiming.Slot>> slots = new EnumMap<>(ReminderKind.class);
                effective.forEach((kind, rule) -> {
                    List<ReminderTiming.Slot> s = slotCache.computeIfAbsent(rule.id() + "|" + zone.getId(),
                            k -> rule.timing().slotsIn(from, to, zone));
                    if (!s.isEmpty()) {
                        slots.put(kind, s);
                    }
                });
                if (slots.isEmpty()) {
                    continue;
                }
                MeetingRule meetingRule = new MeetingRule(MeetingFrequency.valueOf(rs.getString(4)), intOrNull(rs, 5),
                        intOrNull(rs, 6), intOrNull(rs, 7));
                MeetingSchedule schedule = new MeetingSchedule(id, meetingRule, rs.getObject(8, LocalTime.class), rs.getString(9), zone);
                groups.add(new GroupPlan(schedule, effective, slots));
            }
        }
        return groups;
    }

    /** The groups' generated meetings on these dates, by group and date. */
    Map<Long, Map<LocalDate, MeetingSummary>> meetingsOn(Collection<Long> groupIds, Set<LocalDate> dates) throws SQLException {
        Map<Long, Map<LocalDate, MeetingSummary>> rows = new HashMap<>();
        for (List<Long> chunk : chunks(groupIds)) {
            String sql = "SELECT id, shg_id, meeting_date, start_time, place, status FROM meeting WHERE shg_id IN ("
                    + marks(chunk.size()) + ") AND meeting_date IN (" + marks(dates.size()) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = bindLongs(ps, 1, chunk);
                for (LocalDate d : dates) {
                    ps.setDate(i++, Date.valueOf(d));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rowsRead++;
                        MeetingSummary m = new MeetingSummary(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(),
                                rs.getObject(4, LocalTime.class), rs.getString(5), MeetingStatus.valueOf(rs.getString(6)));
                        rows.computeIfAbsent(m.shgId(), k -> new HashMap<>()).put(m.date(), m);
                    }
                }
            }
        }
        return rows;
    }

    /** The groups' reachable members, in member id order, with their first phone. */
    List<ReminderRecipient> recipients(Collection<Long> groupIds) throws SQLException {
        List<ReminderRecipient> out = new ArrayList<>();
        for (List<Long> chunk : chunks(groupIds)) {
            String sql = "SELECT " + MEMBER_COLUMNS + " FROM member m LEFT JOIN member_reminder_channel c ON c.member_id = m.id"
                    + " WHERE m.shg_id IN (" + marks(chunk.size()) + ") AND " + REACHABLE + " ORDER BY m.id";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bindLongs(ps, 1, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rowsRead++;
                        out.add(recipient(rs));
                    }
                }
            }
        }
        return out;
    }

    /** Unpaid instalments of reachable members' active loans due on these dates, in member and due-date order. */
    List<UnpaidInstalment> unpaidDueOn(Set<LocalDate> dates) throws SQLException {
        String sql = "SELECT " + MEMBER_COLUMNS + INSTALMENT_COLUMNS + INSTALMENTS_OF_REACHABLE
                + " AND i.due_date IN (" + marks(dates.size()) + ") ORDER BY m.id, i.due_date, i.loan_id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (LocalDate d : dates) {
                ps.setDate(i++, Date.valueOf(d));
            }
            return unpaidInstalments(ps);
        }
    }

    /** The longest grace of any active loan. */
    int maxGraceDays() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(grace_days), 0) FROM loan WHERE status = 'ACTIVE'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Each of reachable members' active loans' oldest unpaid instalment, when it fell due in {@code [first, last]},
     * in member and loan order.
     */
    List<UnpaidInstalment> oldestUnpaidDueBetween(LocalDate first, LocalDate last) throws SQLException {
        String sql = "SELECT " + MEMBER_COLUMNS + INSTALMENT_COLUMNS + INSTALMENTS_OF_REACHABLE + " AND i.due_date BETWEEN ? AND ?"
                + " AND NOT EXISTS (SELECT 1 FROM loan_instalment e WHERE e.loan_id = i.loan_id AND e.seq < i.seq"
                + " AND e.principal_paid_paise + e.charge_paid_paise < e.principal_due_paise + e.charge_due_paise)"
                + " ORDER BY m.id, i.loan_id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(first));
            ps.setDate(2, Date.valueOf(last));
            return unpaidInstalments(ps);
        }
    }

    /**
     * The loans' unpaid instalments due before {@code before}, by loan (in the loan index's order). Fund source
     * and grace days are the loan's, taken from the instalment each loan comes with rather than joined in again.
     */
    Map<Long, List<LoanDues.Unpaid>> unpaidOfLoans(Map<Long, LoanDues.Unpaid> loans, LocalDate before) throws SQLException {
        Map<Long, List<LoanDues.Unpaid>> byLoan = new HashMap<>();
        for (List<Long> chunk : chunks(loans.keySet())) {
            String sql = "SELECT i.loan_id, i.due_date, " + UNPAID_AMOUNT + " FROM loan_instalment i WHERE i.loan_id IN ("
                    + marks(chunk.size()) + ") AND i.due_date < ? AND " + UNPAID;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = bindLongs(ps, 1, chunk);
                ps.setDate(i, Date.valueOf(before));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rowsRead++;
                        LoanDues.Unpaid loan = loans.get(rs.getLong(1));
                        byLoan.computeIfAbsent(loan.loanId(), k -> new ArrayList<>()).add(new LoanDues.Unpaid(loan.loanId(),
                                loan.fundSource(), loan.graceDays(), rs.getDate(2).toLocalDate(), rs.getLong(3)));
                    }
                }
            }
        }
        return byLoan;
    }

    private List<UnpaidInstalment> unpaidInstalments(PreparedStatement ps) throws SQLException {
        List<UnpaidInstalment> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rowsRead++;
                LoanDues.Unpaid u = new LoanDues.Unpaid(rs.getLong(8), FundSource.valueOf(rs.getString(9)), rs.getInt(10),
                        rs.getDate(11).toLocalDate(), rs.getLong(12));
                out.add(new UnpaidInstalment(recipient(rs), rs.getLong(7), u));
            }
        }
        return out;
    }

    /** A member from the six MEMBER_COLUMNS at the start of a row. */
    private static ReminderRecipient recipient(ResultSet rs) throws SQLException {
        String channel = rs.getString(5);
        String lang = Languages.tag(rs.getString(3), "ROMAN".equals(rs.getString(4)));
        return new ReminderRecipient(rs.getLong(1), rs.getLong(2), lang, channel == null ? null : ReminderChannel.valueOf(channel),
                rs.getString(6));
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + IN_CHUNK)));
        }
        return out;
    }

    static String marks(int n) {
        return n == 0 ? "NULL" : "?" + ",?".repeat(n - 1);
    }

    private static int bindLongs(PreparedStatement ps, int first, List<Long> values) throws SQLException {
        int i = first;
        for (Long v : values) {
            ps.setLong(i++, v);
        }
        return i;
    }

    private static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
