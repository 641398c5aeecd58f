package org.sakhiline.reminders;

import static org.sakhiline.reminders.ReminderKind.MEETING;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sakhiline.books.meetings.MeetingSchedule;
import org.sakhiline.books.meetings.MeetingSummary;
import org.sakhiline.books.meetings.NextMeeting;

/**
 * MEETING reminders as a pure rule. A send day reminds of the meeting {@code daysOffset} days later if the
 * group meets then by the books' calendar ({@link MeetingSchedule#scheduledOn}: a generated row decides,
 * else the meeting rule), and only while the meeting is still to come. Decided in two steps, because the
 * members are read only for the groups that meet: {@link #occasions}, then {@link #reminders}.
 */
public final class MeetingReminders {

    private MeetingReminders() {}

    /** A meeting of a group to remind its members of, from one of the group's send days. */
    public record Occasion(GroupPlan group, ReminderTiming.Slot slot, NextMeeting meeting) {

        /** The place when it is not the group's usual one: she is told only then. */
        public String changedPlace() {
            String place = meeting.place();
            return place != null && !place.equals(group.schedule().place()) ? place : null;
        }
    }

    /**
     * The meetings to remind of.
     *
     * @param rows the groups' generated meeting rows on their {@link GroupPlan#targetDates}, by group and date
     * @param now  the end of the window planned
     */
    public static List<Occasion> occasions(Collection<GroupPlan> groups, Map<Long, Map<LocalDate, MeetingSummary>> rows,
                                           Instant now) {
        List<Occasion> occasions = new ArrayList<>();
        for (GroupPlan g : groups) {
            ReminderTiming timing = g.rule(MEETING).timing();
            Map<LocalDate, MeetingSummary> byDate = rows.getOrDefault(g.id(), Map.of());
            for (ReminderTiming.Slot s : g.slots(MEETING)) {
                LocalDate date = timing.targetDate(s.sendDay());
                Optional<NextMeeting> meeting = g.schedule().scheduledOn(date, byDate.get(date));
                if (meeting.isEmpty()) {
                    continue;
                }
                Instant starts = meeting.get().startsAt();
                if (!starts.isAfter(now) || !starts.isAfter(s.sendInstant())) {
                    continue;   // a late run or a quiet-hours shift past the start: a reminder would be noise
                }
                occasions.add(new Occasion(g, s, meeting.get()));
            }
        }
        return occasions;
    }

    /** The groups whose members {@link #reminders} needs. */
    public static Set<Long> groupIds(List<Occasion> occasions) {
        Set<Long> ids = new TreeSet<>();
        occasions.forEach(o -> ids.add(o.group().id()));
        return ids;
    }

    /**
     * A reminder of each occasion to each member of its group, in member order. Members of one group sharing
     * a handset hear of a meeting once (the first of them by member id).
     *
     * @param recipients the reachable members of the {@link #groupIds}, in member id order
     */
    public static List<PlannedReminder> reminders(List<Occasion> occasions, List<ReminderRecipient> recipients) {
        Map<Long, List<Occasion>> byGroup = new HashMap<>();
        occasions.forEach(o -> byGroup.computeIfAbsent(o.group().id(), k -> new ArrayList<>()).add(o));
        List<PlannedReminder> due = new ArrayList<>();
        Set<String> phoneSeen = new HashSet<>();
        for (ReminderRecipient r : recipients) {
            for (Occasion o : byGroup.getOrDefault(r.shgId(), List.of())) {
                LocalDate date = o.meeting().date();
                if (r.phone() != null && !phoneSeen.add(r.phone() + "|" + r.shgId() + "|" + date)) {
                    continue;
                }
                EffectiveRule rule = o.group().rule(MEETING);
                String key = "rem:mtg:" + r.memberId() + ":" + date + ":r" + rule.id();
                due.add(new PlannedReminder(r, MEETING, rule, key, rule.timing().sendTime(o.slot().sendDay()), date,
                        o.meeting().startTime(), o.changedPlace(), 0));
            }
        }
        return due;
    }
}
