package org.sakhiline.reminders;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sakhiline.books.meetings.MeetingSchedule;

/**
 * A group as the planner sees it for one window: its meeting calendar (rule, time, place, time zone), the
 * rule in force for each kind, and each rule's send days whose send instant falls in the window.
 */
public record GroupPlan(MeetingSchedule schedule, Map<ReminderKind, EffectiveRule> rules,
                        Map<ReminderKind, List<ReminderTiming.Slot>> slots) {

    public long id() {
        return schedule.shgId();
    }

    public EffectiveRule rule(ReminderKind kind) {
        return rules.get(kind);
    }

    public List<ReminderTiming.Slot> slots(ReminderKind kind) {
        return slots.getOrDefault(kind, List.of());
    }

    /** The dates the groups' send days of {@code kind} remind of: MEETING, meeting dates; INSTALMENT_DUE, due dates. */
    public static Set<LocalDate> targetDates(Collection<GroupPlan> groups, ReminderKind kind) {
        Set<LocalDate> dates = new TreeSet<>();
        for (GroupPlan g : groups) {
            ReminderTiming timing = g.rule(kind).timing();
            g.slots(kind).forEach(s -> dates.add(timing.targetDate(s.sendDay())));
        }
        return dates;
    }

    /** The groups with a send day of {@code kind} in the window, by id, in the order given. */
    public static Map<Long, GroupPlan> withSendDays(List<GroupPlan> groups, ReminderKind kind) {
        Map<Long, GroupPlan> out = new LinkedHashMap<>();
        for (GroupPlan g : groups) {
            if (!g.slots(kind).isEmpty()) {
                out.put(g.id(), g);
            }
        }
        return out;
    }
}
