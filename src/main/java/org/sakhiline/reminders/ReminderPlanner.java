package org.sakhiline.reminders;

import static org.sakhiline.reminders.ReminderKind.INSTALMENT_DUE;
import static org.sakhiline.reminders.ReminderKind.LOAN_OVERDUE;
import static org.sakhiline.reminders.ReminderKind.MEETING;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.sakhiline.support.metrics.WorkMeters;

/**
 * Plans the reminders whose send instant falls in a window: reads what the window needs
 * ({@link ReminderReads}), decides per kind ({@link MeetingReminders}, {@link InstalmentReminders},
 * {@link OverdueReminders}: pure rules on the books' own) and has {@link ReminderOutboxWriter} write them.
 * Each carries a dedupe key (member, occurrence or instalment, rule, n-th send, channel), so re-runs,
 * restarts and concurrent planners are harmless. The reads are a few set-based queries, so the cost per
 * reminder is about one outbox insert plus the rows that name it.
 */
@ApplicationScoped
public class ReminderPlanner {

    private static final Logger LOG = Logger.getLogger(ReminderPlanner.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ReminderOutboxWriter writer;

    @Inject
    WorkMeters meters;

    /** Plans every reminder whose send instant is in {@code (from, to]}; {@code to} is "now". */
    public PlanResult plan(Instant from, Instant to) {
        long started = System.nanoTime();
        List<PlannedReminder> due = new ArrayList<>();
        long rowsRead;
        try (Connection c = dataSource.getConnection()) {
            ReminderReads read = new ReminderReads(c);
            List<GroupPlan> groups = read.groupsWithSendDays(from, to);
            due.addAll(meetings(read, GroupPlan.withSendDays(groups, MEETING), to));
            due.addAll(instalmentsDue(read, GroupPlan.withSendDays(groups, INSTALMENT_DUE), to));
            due.addAll(overdue(read, GroupPlan.withSendDays(groups, LOAN_OVERDUE)));
            rowsRead = read.rowsRead();
        } catch (SQLException e) {
            throw new IllegalStateException("reminder planning failed", e);
        }
        ReminderOutboxWriter.Rendered rendered = writer.render(due);
        long writeStarted = System.nanoTime();
        int newRows = writer.write(rendered.messages());
        long now = System.nanoTime();
        PlanResult result = new PlanResult(from, to, rendered.messages().size(), newRows, rendered.skippedNoPhone(),
                rowsRead, (now - started) / 1_000_000, (now - writeStarted) / 1_000_000);
        meters.remindersPlanned(newRows, result.millis());
        LOG.infof("reminders planned for (%s, %s]: %d due, %d new outbox rows, %d without phone, %d rows read, %d ms (%d writing)",
                from, to, result.reminders(), newRows, result.skippedNoPhone(), rowsRead, result.millis(), result.writeMillis());
        return result;
    }

    /** Meetings first, then the members of the groups that meet. */
    private static List<PlannedReminder> meetings(ReminderReads read, Map<Long, GroupPlan> groups, Instant now)
            throws SQLException {
        if (groups.isEmpty()) {
            return List.of();
        }
        var rows = read.meetingsOn(groups.keySet(), GroupPlan.targetDates(groups.values(), MEETING));
        List<MeetingReminders.Occasion> occasions = MeetingReminders.occasions(groups.values(), rows, now);
        return MeetingReminders.reminders(occasions, read.recipients(MeetingReminders.groupIds(occasions)));
    }

    private static List<PlannedReminder> instalmentsDue(ReminderReads read, Map<Long, GroupPlan> groups, Instant now)
            throws SQLException {
        if (groups.isEmpty()) {
            return List.of();
        }
        var unpaid = read.unpaidDueOn(GroupPlan.targetDates(groups.values(), INSTALMENT_DUE));
        return InstalmentReminders.reminders(groups, unpaid, now);
    }

    /** Which loans get a reminder first, then those loans' amounts. */
    private static List<PlannedReminder> overdue(ReminderReads read, Map<Long, GroupPlan> groups) throws SQLException {
        if (groups.isEmpty()) {
            return List.of();
        }
        OverdueReminders.DueDates dueDates = OverdueReminders.dueDatesToRead(groups.values(), read.maxGraceDays());
        List<OverdueReminders.Send> sends = OverdueReminders.sends(groups,
                read.oldestUnpaidDueBetween(dueDates.first(), dueDates.last()));
        if (sends.isEmpty()) {
            return List.of();
        }
        var unpaidByLoan = read.unpaidOfLoans(OverdueReminders.loans(sends), OverdueReminders.lastSendDay(sends));
        return OverdueReminders.reminders(sends, unpaidByLoan);
    }
}
