package org.sakhiline.books.reader;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.books.loans.LoanDues;
import org.sakhiline.books.meetings.MeetingSchedule;
import org.sakhiline.books.meetings.MeetingStatus;
import org.sakhiline.books.meetings.MeetingSummary;
import org.sakhiline.books.meetings.NextMeeting;
import org.sakhiline.books.members.MemberRole;
import org.sakhiline.books.members.MemberStatus;
import org.sakhiline.books.members.MemberSummary;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.books.org.MeetingFrequency;
import org.sakhiline.books.org.MeetingRule;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.savings.SavingsEntry;
import org.sakhiline.books.savings.SavingsTxnType;
import org.sakhiline.support.HopConnections;
import org.sakhiline.support.Transactions;
import org.sakhiline.support.problem.NotFoundException;

/**
 * What a member reads on a USSD/IVR/SMS screen — who is on a phone, balance, dues, next meeting, last
 * transactions, the PIN columns — with plain JDBC: one short query per screen (the meeting rows come
 * with the group's calendar, so loan dues take two). A hop is the hottest path of the service, and an
 * ORM session, query interpretation and entity loading cost it more than the database does.
 *
 * <p>Same answers as {@link MemberDirectory}, {@link SavingsService}, {@link LoanService} and
 * {@link MeetingService} (the deciding logic is shared: {@link MeetingSchedule}, {@link LoanDues#of}).
 * Only for reads outside a transaction: inside one, a separate JDBC read would not see changes Hibernate has
 * not flushed yet, so callers check {@link #usable()} and use the services otherwise.
 */
@Singleton
public class MemberBooksReader {

    private static final String MEMBERS_BY_PHONE = "SELECT m.id, m.shg_id, o.code, o.name, m.member_no, m.name,"
            + " m.name_native, m.language, m.script, m.role, m.status, m.pin_hash IS NOT NULL"
            + " FROM member m JOIN org_unit o ON o.id = m.shg_id"
            + " WHERE m.status = 'ACTIVE' AND m.id IN (SELECT p.member_id FROM member_phone p WHERE p.phone_e164 = ?)"
            + " ORDER BY m.name, m.id";
    private static final String BALANCE = "SELECT balance_paise FROM savings_balance WHERE member_id = ?";
    private static final String LAST_TXNS = "SELECT id, type, amount_paise, balance_after_paise, reverses_txn_id,"
            + " value_date, channel, external_ref, created_at FROM savings_txn WHERE member_id = ? ORDER BY id DESC LIMIT ?";
    private static final String PIN = "SELECT pin_hash, pin_failed_attempts, pin_locked_until, pin_lock_level, pin_held,"
            + " pin_wrong_window_start, pin_wrong_in_window FROM member WHERE id = ?";
    // Her group's calendar with its generated meetings around today. The group's local date is not known
    // before the zone is read, so the window is a day wider on each side than any zone needs and is trimmed here.
    private static final String CALENDAR = "SELECT m.shg_id, p.org_unit_id, p.meeting_frequency, p.meeting_day_of_week,"
            + " p.meeting_week_of_month, p.meeting_day_of_month, p.meeting_time, p.meeting_place, p.time_zone,"
            + " mt.id, mt.meeting_date, mt.start_time, mt.place, mt.status"
            + " FROM member m LEFT JOIN shg_profile p ON p.org_unit_id = m.shg_id"
            + " LEFT JOIN meeting mt ON mt.shg_id = m.shg_id AND mt.meeting_date BETWEEN ? AND ?"
            + " WHERE m.id = ?"; // ordered here, not by the database: a sort there costs a temporary table per hop
    private static final String SCHEDULED_AFTER = "SELECT id, shg_id, meeting_date, start_time, place, status FROM meeting"
            + " WHERE shg_id = ? AND meeting_date > ? AND status = 'SCHEDULED' ORDER BY meeting_date LIMIT 1";
    private static final String UNPAID = "SELECT l.id, l.fund_source, l.grace_days, i.due_date,"
            + " i.principal_due_paise - i.principal_paid_paise + i.charge_due_paise - i.charge_paid_paise, i.seq"
            + " FROM loan l JOIN loan_instalment i ON i.loan_id = l.id WHERE l.member_id = ? AND l.status = 'ACTIVE'"
            + " AND (i.principal_paid_paise < i.principal_due_paise OR i.charge_paid_paise < i.charge_due_paise)";
    /** Unpaid instalments in loan and instalment order (sorted here, as CALENDAR's meetings). */
    private static final Comparator<UnpaidInOrder> LOAN_THEN_SEQ = Comparator.comparingLong(UnpaidInOrder::loanId).thenComparingInt(UnpaidInOrder::seq);

    private final HopConnections connections;

    public MemberBooksReader(HopConnections connections) {
        this.connections = connections;
    }

    /** True when no transaction is active on this thread, so these reads see everything committed. */
    public boolean usable() {
        return !Transactions.inTransaction();
    }

    /** Active members reachable on this phone, ordered by name (as {@link MemberDirectory#activeMembersByPhone}). */
    public List<MemberSummary> activeMembersByPhone(String phoneE164) {
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(MEMBERS_BY_PHONE)) {
            ps.setString(1, phoneE164);
            try (ResultSet rs = ps.executeQuery()) {
                List<MemberSummary> members = new ArrayList<>(2);
                while (rs.next()) {
                    members.add(new MemberSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            ScriptVariant.valueOf(rs.getString(9)), MemberRole.valueOf(rs.getString(10)),
                            MemberStatus.valueOf(rs.getString(11)), rs.getBoolean(12)));
                }
                return members;
            }
        } catch (SQLException e) {
            throw new BooksReadException("members by phone", e);
        }
    }

    /** The cached balance; 0 for a member with no savings yet (as {@link SavingsService#balancePaise}). */
    public long balancePaise(long memberId) {
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(BALANCE)) {
            ps.setLong(1, memberId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new BooksReadException("savings balance", e);
        }
    }

    /** Her newest {@code n} savings rows, newest first (as {@link SavingsService#lastTransactions}). */
    public List<SavingsEntry> lastTransactions(long memberId, int n) {
        if (n <= 0) {
            return List.of();
        }
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(LAST_TXNS)) {
            ps.setLong(1, memberId);
            ps.setInt(2, Math.min(n, 500));
            try (ResultSet rs = ps.executeQuery()) {
                List<SavingsEntry> entries = new ArrayList<>(n);
                while (rs.next()) {
                    entries.add(new SavingsEntry(rs.getLong(1), SavingsTxnType.valueOf(rs.getString(2)), rs.getLong(3),
                            rs.getLong(4), rs.getObject(5, Long.class), rs.getObject(6, LocalDate.class),
                            Channel.valueOf(rs.getString(7)), rs.getString(8), utc(rs, 9)));
                }
                return entries;
            }
        } catch (SQLException e) {
            throw new BooksReadException("last transactions", e);
        }
    }

    /** The next meeting of her group (as {@link MeetingService#nextMeeting} for her group). */
    public NextMeeting nextMeeting(long memberId, Instant now) {
        try (Connection c = connections.open()) {
            return calendar(c, memberId, now).next(c, now);
        } catch (SQLException e) {
            throw new BooksReadException("next meeting", e);
        }
    }

    /**
     * What she owes on her group's local date at {@code now}, "due" running up to the group's next meeting
     * (as {@link LoanService#dues} with {@link MeetingService#nextMeeting}).
     */
    public LoanDues dues(long memberId, Instant now) {
        try (Connection c = connections.open()) {
            Calendar calendar = calendar(c, memberId, now);
            NextMeeting next = calendar.next(c, now);
            List<UnpaidInOrder> unpaid = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(UNPAID)) {
                ps.setLong(1, memberId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        unpaid.add(new UnpaidInOrder(rs.getLong(1), rs.getInt(6), new LoanDues.Unpaid(rs.getLong(1),
                                FundSource.valueOf(rs.getString(2)), rs.getInt(3), rs.getObject(4, LocalDate.class), rs.getLong(5))));
                    }
                }
            }
            unpaid.sort(LOAN_THEN_SEQ);
            List<LoanDues.Unpaid> rows = unpaid.stream().map(UnpaidInOrder::row).toList();
            return LoanDues.of(memberId, calendar.schedule.today(now), next.date(), rows);
        } catch (SQLException e) {
            throw new BooksReadException("loan dues", e);
        }
    }

    /** Her PIN columns; empty when there is no such member. */
    public Optional<PinColumns> pinColumns(long memberId) {
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(PIN)) {
            ps.setLong(1, memberId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PinColumns(rs.getString(1), rs.getInt(2),
                        rs.getObject(3) == null ? null : utc(rs, 3), rs.getInt(4), rs.getBoolean(5),
                        rs.getObject(6) == null ? null : utc(rs, 6), rs.getInt(7)));
            }
        } catch (SQLException e) {
            throw new BooksReadException("PIN", e);
        }
    }

    private record UnpaidInOrder(long loanId, int seq, LoanDues.Unpaid row) {}

    /** The PIN columns of a member row. */
    public record PinColumns(String hash, int failedAttempts, Instant lockedUntil, int lockLevel, boolean held,
                             Instant wrongWindowStart, int wrongInWindow) {}

    /** Her group's schedule and its generated meetings from today to the horizon. */
    private record Calendar(MeetingSchedule schedule, List<MeetingSummary> rowsInWindow) {

        NextMeeting next(Connection c, Instant now) {
            return schedule.next(now, rowsInWindow, horizon -> scheduledAfter(c, schedule.shgId(), horizon));
        }
    }

    private static Calendar calendar(Connection c, long memberId, Instant now) throws SQLException {
        LocalDate utcToday = now.atZone(ZoneOffset.UTC).toLocalDate();
        try (PreparedStatement ps = c.prepareStatement(CALENDAR)) {
            ps.setObject(1, utcToday.minusDays(1));
            ps.setObject(2, MeetingSchedule.horizon(utcToday.plusDays(1)));
            ps.setLong(3, memberId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("member", memberId);
                }
                long shgId = rs.getLong(1);
                if (rs.getObject(2) == null) {
                    throw new NotFoundException("SHG", shgId);
                }
                MeetingRule rule = new MeetingRule(MeetingFrequency.valueOf(rs.getString(3)), rs.getObject(4, Integer.class),
                        rs.getObject(5, Integer.class), rs.getObject(6, Integer.class));
                MeetingSchedule schedule = new MeetingSchedule(shgId, rule, rs.getObject(7, LocalTime.class),
                        rs.getString(8), ZoneId.of(rs.getString(9)));
                LocalDate today = schedule.today(now);
                LocalDate horizon = MeetingSchedule.horizon(today);
                List<MeetingSummary> rows = new ArrayList<>();
                do {
                    if (rs.getObject(10) != null) {
                        LocalDate date = rs.getObject(11, LocalDate.class);
                        if (!date.isBefore(today) && !date.isAfter(horizon)) {
                            rows.add(new MeetingSummary(rs.getLong(10), shgId, date, rs.getObject(12, LocalTime.class),
                                    rs.getString(13), MeetingStatus.valueOf(rs.getString(14))));
                        }
                    }
                } while (rs.next());
                rows.sort(Comparator.comparing(MeetingSummary::date)); // one meeting per group and day
                return new Calendar(schedule, rows);
            }
        }
    }

    private static Optional<MeetingSummary> scheduledAfter(Connection c, long shgId, LocalDate day) {
        try (PreparedStatement ps = c.prepareStatement(SCHEDULED_AFTER)) {
            ps.setLong(1, shgId);
            ps.setObject(2, day);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new MeetingSummary(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                                rs.getObject(4, LocalTime.class), rs.getString(5), MeetingStatus.valueOf(rs.getString(6))))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new BooksReadException("meetings after " + day, e);
        }
    }

    // Timestamps are stored as UTC wall-clock time (Hibernate's jdbc.timezone=UTC), whatever the JVM's zone.
    private static Instant utc(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    /** A read failed in the database; the channel answers "try again later". */
    public static class BooksReadException extends RuntimeException {
        BooksReadException(String what, SQLException cause) {
            super("could not read " + what, cause);
        }
    }
}
