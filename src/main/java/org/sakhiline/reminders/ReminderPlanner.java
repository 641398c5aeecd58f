package org.sakhiline.reminders;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.sakhiline.books.org.MeetingFrequency;
import org.sakhiline.books.org.MeetingRule;
import org.sakhiline.messaging.OutgoingMessage;
import org.sakhiline.support.i18n.Languages;

/**
 * Finds the reminders whose send instant falls in a window and has {@link ReminderOutboxWriter} write them.
 * Each carries a dedupe key (member, occurrence or instalment, rule, n-th send, channel), so re-runs,
 * restarts and concurrent planners are harmless.
 *
 * <p>Reads go over plain JDBC in a few set-based queries (groups, rules, meetings, members, instalments,
 * chunked by group), so the cost per reminder is about one outbox insert plus the rows that name it.
 */
@ApplicationScoped
public class ReminderPlanner {

    private static final Logger LOG = Logger.getLogger(ReminderPlanner.class);
    private static final int IN_CHUNK = 1000;
    private static final String UNPAID = "i.principal_paid_paise + i.charge_paid_paise < i.principal_due_paise + i.charge_due_paise";
    private static final String UNPAID_AMOUNT = "(i.principal_due_paise - i.principal_paid_paise + i.charge_due_paise - i.charge_paid_paise)";
    private static final String MEMBER_COLUMNS = "m.id, m.shg_id, m.language, m.script, c.channel,"
            + " (SELECT p.phone_e164 FROM member_phone p WHERE p.member_id = m.id ORDER BY p.id LIMIT 1) AS phone";
    private static final String REACHABLE = "m.status = 'ACTIVE' AND m.reminders_opt_out = FALSE";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ReminderOutboxWriter writer;

    // ------------------------------------------------------------------------------------------ model

    private record Group(long id, Long parentId, ZoneId zone, MeetingRule meetingRule, LocalTime meetingTime, String place) {}

    /** A group's effective rules and the send days that fall in the window for each. */
    private record GroupPlan(Group group, Map<ReminderKind, ReminderRule> rules, Map<ReminderKind, List<ReminderTiming.Slot>> slots) {}

    // ------------------------------------------------------------------------------------------- run

    /** Plans every reminder whose send instant is in {@code (from, to]}; {@code to} is "now". */
    public PlanResult plan(Instant from, Instant to) {
        long started = System.nanoTime();
        AtomicLong rowsRead = new AtomicLong();
        List<PlannedReminder> due = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            List<GroupPlan> plans = groupPlans(c, from, to, rowsRead);
            due.addAll(meetingReminders(c, plans, to, rowsRead));
            due.addAll(instalmentReminders(c, plans, to, rowsRead));
            due.addAll(overdueReminders(c, plans, rowsRead));
        } catch (SQLException e) {
            throw new IllegalStateException("reminder planning failed", e);
        }
        ReminderOutboxWriter.Rendered rendered = writer.render(due);
        List<OutgoingMessage> messages = rendered.messages();
        int noPhone = rendered.skippedNoPhone();
        long writeStarted = System.nanoTime();
        int newRows = writer.write(messages);
        long now = System.nanoTime();
        PlanResult result = new PlanResult(from, to, messages.size(), newRows, noPhone, rowsRead.get(),
                (now - started) / 1_000_000, (now - writeStarted) / 1_000_000);
        LOG.infof("reminders planned for (%s, %s]: %d due, %d new outbox rows, %d without phone, %d rows read, %d ms (%d writing)",
                from, to, result.reminders(), newRows, noPhone, result.rowsRead(), result.millis(), result.writeMillis());
        return result;
    }

    // -------------------------------------------------------------------------------- groups and rules

    private List<GroupPlan> groupPlans(Connection c, Instant from, Instant to, AtomicLong rowsRead) throws SQLException {
        Map<Long, List<ReminderRule>> rulesByUnit = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, org_unit_id, kind, days_offset, send_at, repeat_every_days,"
                + " max_sends, channel, window_start, window_end FROM reminder_rule WHERE active = TRUE");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rowsRead.incrementAndGet();
                ReminderRule r = new ReminderRule();
                r.id = rs.getLong(1);
                r.orgUnitId = rs.getLong(2);
                r.kind = ReminderKind.valueOf(rs.getString(3));
                r.daysOffset = rs.getInt(4);
                r.sendAt = rs.getObject(5, LocalTime.class);
                int every = rs.getInt(6);
                r.repeatEveryDays = rs.wasNull() ? null : every;
                r.maxSends = rs.getInt(7);
                r.channel = ReminderChannel.valueOf(rs.getString(8));
                r.windowStart = rs.getObject(9, LocalTime.class);
                r.windowEnd = rs.getObject(10, LocalTime.class);
                r.active = true;
                rulesByUnit.computeIfAbsent(r.orgUnitId, k -> new ArrayList<>()).add(r);
            }
        }
        if (rulesByUnit.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> parents = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, parent_id FROM org_unit WHERE level NOT IN ('SHG', 'CO')");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rowsRead.incrementAndGet();
                long parent = rs.getLong(2);
                parents.put(rs.getLong(1), rs.wasNull() ? null : parent);
            }
        }
        Map<String, List<ReminderTiming.Slot>> slotCache = new HashMap<>();
        List<GroupPlan> plans = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.org_unit_id, o.parent_id, p.time_zone, p.meeting_frequency,"
                + " p.meeting_day_of_week, p.meeting_week_of_month, p.meeting_day_of_month, p.meeting_time, p.meeting_place"
                + " FROM shg_profile p JOIN org_unit o ON o.id = p.org_unit_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rowsRead.incrementAndGet();
                long id = rs.getLong(1);
                long parent = rs.getLong(2);
                Long parentId = rs.wasNull() ? null : parent;
                Map<ReminderKind, ReminderRule> effective = effectiveRules(id, parentId, parents, rulesByUnit);
                if (effective.isEmpty()) {
                    continue;
                }
                ZoneId zone = ZoneId.of(rs.getString(3));
                Map<ReminderKind, List<ReminderTiming.Slot>> slots = new HashMap<>();
                effective.forEach((kind, rule) -> {
                    List<ReminderTiming.Slot> s = slotCache.computeIfAbsent(rule.id + "|" + zone.getId(),
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
                Group g = new Group(id, parentId, zone, meetingRule, rs.getObject(8, LocalTime.class), rs.getString(9));
                plans.add(new GroupPlan(g, effective, slots));
            }
        }
        return plans;
    }

    /** Per kind, the rule of the nearest unit on the path group → VO → federation that has one. */
    private static Map<ReminderKind, ReminderRule> effectiveRules(long groupId, Long parentId, Map<Long, Long> parents,
                                                                  Map<Long, List<ReminderRule>> rulesByUnit) {
        Map<ReminderKind, ReminderRule> effective = new HashMap<>();
        Long unit = groupId;
        Long next = parentId;
        for (int depth = 0; unit != null && depth < 16; depth++) {
            for (ReminderRule r : rulesByUnit.getOrDefault(unit, List.of())) {
                effective.putIfAbsent(r.kind, r);
            }
            unit = next;
            next = unit == null ? null : parents.get(unit);
        }
        return effective;
    }

    // -------------------------------------------------------------------------------------- meetings

    private List<PlannedReminder> meetingReminders(Connection c, List<GroupPlan> plans, Instant now, AtomicLong rowsRead) throws SQLException {
        Map<Long, GroupPlan> byGroup = withSlots(plans, ReminderKind.MEETING);
        if (byGroup.isEmpty()) {
            return List.of();
        }
        Set<LocalDate> dates = new TreeSet<>();
        byGroup.values().forEach(p -> p.slots().get(ReminderKind.MEETING)
                .forEach(s -> dates.add(p.rules().get(ReminderKind.MEETING).timing().targetDate(s.sendDay()))));
        // Generated occurrences on those dates: a HELD or CANCELLED row means no reminder; a SCHEDULED row
        // may carry its own time or place. A rule date with no row yet is a meeting as the profile says.
        record Row(LocalTime time, String place, String status) {}
        Map<String, Row> rows = new HashMap<>();
        for (List<Long> chunk : chunks(byGroup.keySet())) {
            String sql = "SELECT shg_id, meeting_date, start_time, place, status FROM meeting WHERE shg_id IN (" + marks(chunk.size())
                    + ") AND meeting_date IN (" + marks(dates.size()) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = bindLongs(ps, 1, chunk);
                for (LocalDate d : dates) {
                    ps.setDate(i++, Date.valueOf(d));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rowsRead.incrementAndGet();
                        rows.put(rs.getLong(1) + "|" + rs.getDate(2).toLocalDate(),
                                new Row(rs.getObject(3, LocalTime.class), rs.getString(4), rs.getString(5)));
                    }
                }
            }
        }
        record Occurrence(GroupPlan plan, LocalDate sendDay, LocalDate date, LocalTime time, String changedPlace) {}
        Map<Long, List<Occurrence>> occurrences = new HashMap<>();
        for (GroupPlan p : byGroup.values()) {
            ReminderRule rule = p.rules().get(ReminderKind.MEETING);
            Group g = p.group();
            for (ReminderTiming.Slot s : p.slots().get(ReminderKind.MEETING)) {
                LocalDate date = rule.timing().targetDate(s.sendDay());
                Row row = rows.get(g.id() + "|" + date);
                LocalTime time;
                String place;
                if (row != null) {
                    if (!"SCHEDULED".equals(row.status())) {
                        continue;
                    }
                    time = row.time();
                    place = row.place();
                } else if (g.meetingRule().firstOnOrAfter(date).equals(date)) {
                    time = g.meetingTime();
                    place = g.place();
                } else {
                    continue;
                }
                Instant starts = ZonedDateTime.of(date, time, g.zone()).toInstant();
                if (!starts.isAfter(now) || !starts.isAfter(s.sendInstant())) {
                    continue;   // a late run or a quiet-hours shift past the start: a reminder would be noise
                }
                String changed = place != null && !place.equals(g.place()) ? place : null;
                occurrences.computeIfAbsent(g.id(), k -> new ArrayList<>()).add(new Occurrence(p, s.sendDay(), date, time, changed));
            }
        }
        List<PlannedReminder> due = new ArrayList<>();
        // One reminder per handset and meeting: members of one group sharing a phone hear it once.
        Set<String> phoneSeen = new HashSet<>();
        for (ReminderRecipient r : recipients(c, occurrences.keySet(), rowsRead)) {
            for (Occurrence o : occurrences.get(r.shgId())) {
                if (r.phone() != null && !phoneSeen.add(r.phone() + "|" + r.shgId() + "|" + o.date())) {
                    continue;
                }
                ReminderRule rule = o.plan().rules().get(ReminderKind.MEETING);
                String key = "rem:mtg:" + r.memberId() + ":" + o.date() + ":r" + rule.id;
                due.add(new PlannedReminder(r, ReminderKind.MEETING, EffectiveRule.of(rule), key, rule.timing().sendTime(o.sendDay()),
                        o.date(), o.time(), o.changedPlace(), 0));
            }
        }
        return due;
    }

    /** Active, not opted-out members of the groups, in member id order, with their first phone. */
    private List<ReminderRecipient> recipients(Connection c, Collection<Long> groupIds, AtomicLong rowsRead) throws SQLException {
        List<ReminderRecipient> out = new ArrayList<>();
        for (List<Long> chunk : chunks(groupIds)) {
            String sql = "SELECT " + MEMBER_COLUMNS + " FROM member m LEFT JOIN member_reminder_channel c ON c.member_id = m.id"
                    + " WHERE m.shg_id IN (" + marks(chunk.size()) + ") AND " + REACHABLE + " ORDER BY m.id";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bindLongs(ps, 1, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rowsRead.incrementAndGet();
                        out.add(recipient(rs, 1));
                    }
                }
            }
        }
        return out;
    }

    private static ReminderRecipient recipient(ResultSet rs, int first) throws SQLException {
        String channel = rs.getString(first + 4);
        String lang = Languages.tag(rs.getString(first + 2), "ROMAN".equals(rs.getString(first + 3)));
        return new ReminderRecipient(rs.getLong(first), rs.getLong(first + 1), lang,
                channel == null ? null : ReminderChannel.valueOf(channel), rs.getString(first + 5));
    }

    // ---------------------------------------------------------------------------- instalments due

    private List<PlannedReminder> instalmentReminders(Connection c, List<GroupPlan> plans, Instant now, AtomicLong rowsRead) throws SQLException {
        Map<Long, GroupPlan> byGroup = withSlots(plans, ReminderKind.INSTALMENT_DUE);
        if (byGroup.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<LocalDate>> targets = new HashMap<>();
        Set<LocalDate> dates = new TreeSet<>();
        byGroup.forEach((id, p) -> p.slots().get(ReminderKind.INSTALMENT_DUE).forEach(s -> {
            LocalDate d = p.rules().get(ReminderKind.INSTALMENT_DUE).timing().targetDate(s.sendDay());
            targets.computeIfAbsent(id, k -> new HashSet<>()).add(d);
            dates.add(d);
        }));
        // Everything unpaid that falls due on those dates, one row per member and date (several loans, one SMS).
        String sql = "SELECT " + MEMBER_COLUMNS + ", i.due_date, SUM(" + UNPAID_AMOUNT + ")"
                + " FROM loan_instalment i JOIN loan l ON l.id = i.loan_id JOIN member m ON m.id = l.member_id"
                + " LEFT JOIN member_reminder_channel c ON c.member_id = m.id"
                + " WHERE i.due_date IN (" + marks(dates.size()) + ") AND l.status = 'ACTIVE' AND " + UNPAID + " AND " + REACHABLE
                + " GROUP BY m.id, i.due_date ORDER BY m.id, i.due_date";
        List<PlannedReminder> due = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (LocalDate d : dates) {
                ps.setDate(i++, Date.valueOf(d));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rowsRead.incrementAndGet();
                    ReminderRecipient r = recipient(rs, 1);
                    LocalDate dueDate = rs.getDate(7).toLocalDate();
                    if (!targets.getOrDefault(r.shgId(), Set.of()).contains(dueDate)) {
                        continue;   // another group's date, or a group whose rule points elsewhere
                    }
                    GroupPlan plan = byGroup.get(r.shgId());
                    if (dueDate.isBefore(now.atZone(plan.group().zone()).toLocalDate())) {
                        continue;   // a late run: "due by" a day already gone is for the overdue reminder
                    }
                    ReminderRule rule = plan.rules().get(ReminderKind.INSTALMENT_DUE);
                    String key = "rem:due:" + r.memberId() + ":" + dueDate + ":r" + rule.id;
                    due.add(new PlannedReminder(r, ReminderKind.INSTALMENT_DUE, EffectiveRule.of(rule), key,
                            rule.timing().sendTime(dueDate.minusDays(rule.daysOffset)), dueDate, null, null, rs.getLong(8)));
                }
            }
        }
        return due;
    }

    // -------------------------------------------------------------------------------------- overdue

    private List<PlannedReminder> overdueReminders(Connection c, List<GroupPlan> plans, AtomicLong rowsRead) throws SQLException {
        Map<Long, GroupPlan> byGroup = withSlots(plans, ReminderKind.LOAN_OVERDUE);
        if (byGroup.isEmpty()) {
            return List.of();
        }
        int maxGrace = (int) scalar(c, "SELECT COALESCE(MAX(grace_days), 0) FROM loan WHERE status = 'ACTIVE'");
        LocalDate lo = LocalDate.MAX;
        LocalDate hi = LocalDate.MIN;
        for (GroupPlan p : byGroup.values()) {
            ReminderTiming t = p.rules().get(ReminderKind.LOAN_OVERDUE).timing();
            for (ReminderTiming.Slot s : p.slots().get(ReminderKind.LOAN_OVERDUE)) {
                LocalDate oldest = t.oldestOverdueDue(s.sendDay(), maxGrace);
                LocalDate newest = s.sendDay().minusDays(t.daysOffset());
                lo = oldest.isBefore(lo) ? oldest : lo;
                hi = newest.isAfter(hi) ? newest : hi;
            }
        }
        // Each active loan's oldest unpaid instalment starts the overdue sequence; when it is paid, the
        // next unpaid one (if overdue) starts its own.
        String sql = "SELECT " + MEMBER_COLUMNS + ", i.id, i.loan_id, i.due_date, l.grace_days"
                + " FROM loan_instalment i JOIN loan l ON l.id = i.loan_id JOIN member m ON m.id = l.member_id"
                + " LEFT JOIN member_reminder_channel c ON c.member_id = m.id"
                + " WHERE i.due_date BETWEEN ? AND ? AND l.status = 'ACTIVE' AND " + UNPAID + " AND " + REACHABLE
                + " AND NOT EXISTS (SELECT 1 FROM loan_instalment e WHERE e.loan_id = i.loan_id AND e.seq < i.seq"
                + " AND e.principal_paid_paise + e.charge_paid_paise < e.principal_due_paise + e.charge_due_paise)"
                + " ORDER BY m.id, i.loan_id";
        record Hit(ReminderRecipient r, long instalmentId, long loanId, int graceDays, int sendNo, LocalDate sendDay, ReminderRule rule) {}
        List<Hit> hits = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(lo));
            ps.setDate(2, Date.valueOf(hi));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rowsRead.incrementAndGet();
                    ReminderRecipient r = recipient(rs, 1);
                    GroupPlan p = byGroup.get(r.shgId());
                    if (p == null) {
                        continue;
                    }
                    ReminderRule rule = p.rules().get(ReminderKind.LOAN_OVERDUE);
                    LocalDate dueDate = rs.getDate(9).toLocalDate();
                    int grace = rs.getInt(10);
                    for (ReminderTiming.Slot s : p.slots().get(ReminderKind.LOAN_OVERDUE)) {
                        int n = rule.timing().overdueSendNo(dueDate, grace, s.sendDay());
                        if (n > 0) {
                            hits.add(new Hit(r, rs.getLong(7), rs.getLong(8), grace, n, s.sendDay(), rule));
                        }
                    }
                }
            }
        }
        if (hits.isEmpty()) {
            return List.of();
        }
        // The amount she is told: all of that loan's instalments past due plus grace on the send day.
        Map<Long, List<long[]>> unpaidByLoan = new HashMap<>();
        LocalDate lastDay = hits.stream().map(Hit::sendDay).max(LocalDate::compareTo).orElseThrow();
        for (List<Long> chunk : chunks(hits.stream().map(Hit::loanId).collect(Collectors.toCollection(TreeSet::new)))) {
            String amounts = "SELECT i.loan_id, i.due_date, " + UNPAID_AMOUNT + " FROM loan_instalment i WHERE i.loan_id IN ("
                    + marks(chunk.size()) + ") AND i.due_date < ? AND " + UNPAID;
            try (PreparedStatement ps = c.prepareStatement(amounts)) {
                int i = bindLongs(ps, 1, chunk);
                ps.setDate(i, Date.valueOf(lastDay));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rowsRead.incrementAndGet();
                        unpaidByLoan.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new long[] {rs.getDate(2).toLocalDate().toEpochDay(), rs.getLong(3)});
                    }
                }
            }
        }
        List<PlannedReminder> due = new ArrayList<>();
        for (Hit h : hits) {
            long overdue = 0;
            for (long[] u : unpaidByLoan.getOrDefault(h.loanId(), List.of())) {
                if (u[0] + h.graceDays() < h.sendDay().toEpochDay()) {
                    overdue += u[1];
                }
            }
            if (overdue <= 0) {
                continue;
            }
            String key = "rem:ovd:" + h.r().memberId() + ":i" + h.instalmentId() + ":r" + h.rule().id + ":n" + h.sendNo();
            due.add(new PlannedReminder(h.r(), ReminderKind.LOAN_OVERDUE, EffectiveRule.of(h.rule()), key,
                    h.rule().timing().sendTime(h.sendDay()), h.sendDay(), null, null, overdue));
        }
        return due;
    }

    // -------------------------------------------------------------------------------------- helpers

    private static Map<Long, GroupPlan> withSlots(List<GroupPlan> plans, ReminderKind kind) {
        Map<Long, GroupPlan> out = new LinkedHashMap<>();
        for (GroupPlan p : plans) {
            if (p.slots().containsKey(kind)) {
                out.put(p.group().id(), p);
            }
        }
        return out;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + IN_CHUNK)));
        }
        return out;
    }

    private static String marks(int n) {
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

    private static long scalar(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
