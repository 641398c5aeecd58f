package org.sakhiline.reminders;

import static org.sakhiline.reminders.ReminderKind.INSTALMENT_DUE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sakhiline.books.loans.LoanDues;

/**
 * INSTALMENT_DUE reminders as a pure rule. A send day reminds a member of what she has unpaid that falls due
 * {@code daysOffset} days later: one reminder per member and due date (several loans, one SMS), the amount
 * added up by the books' dues rule ({@link LoanDues#of}), so a partly paid instalment counts with what is left.
 */
public final class InstalmentReminders {

    private InstalmentReminders() {}

    private record MemberDate(ReminderRecipient member, LocalDate dueDate) {}

    /**
     * The reminders, in member and due-date order.
     *
     * @param groups groups with an INSTALMENT_DUE send day in the window, by id
     * @param unpaid unpaid instalments due on the groups' {@link GroupPlan#targetDates} (of any group), in member and due-date order
     * @param now    the end of the window planned
     */
    public static List<PlannedReminder> reminders(Map<Long, GroupPlan> groups, List<UnpaidInstalment> unpaid, Instant now) {
        Map<MemberDate, List<LoanDues.Unpaid>> byMemberAndDate = new LinkedHashMap<>();
        for (UnpaidInstalment u : unpaid) {
            GroupPlan g = groups.get(u.member().shgId());
            LocalDate dueDate = u.unpaid().dueDate();
            if (g == null || !remindsOf(g, dueDate)) {
                continue;   // another group's date, or a group whose rule points elsewhere
            }
            if (dueDate.isBefore(g.schedule().today(now))) {
                continue;   // a late run: "due by" a day already gone is for the overdue reminder
            }
            byMemberAndDate.computeIfAbsent(new MemberDate(u.member(), dueDate), k -> new ArrayList<>()).add(u.unpaid());
        }
        List<PlannedReminder> due = new ArrayList<>(byMemberAndDate.size());
        byMemberAndDate.forEach((md, instalments) -> {
            ReminderRecipient to = md.member();
            EffectiveRule rule = groups.get(to.shgId()).rule(INSTALMENT_DUE);
            LocalDate sendDay = md.dueDate().minusDays(rule.timing().daysOffset());
            long amount = LoanDues.of(to.memberId(), md.dueDate(), null, instalments).amountDuePaise();
            String key = "rem:due:" + to.memberId() + ":" + md.dueDate() + ":r" + rule.id();
            due.add(new PlannedReminder(to, INSTALMENT_DUE, rule, key, rule.timing().sendTime(sendDay), md.dueDate(), null,
                    null, amount));
        });
        return due;
    }

    private static boolean remindsOf(GroupPlan g, LocalDate dueDate) {
        ReminderTiming timing = g.rule(INSTALMENT_DUE).timing();
        for (ReminderTiming.Slot s : g.slots(INSTALMENT_DUE)) {
            if (timing.targetDate(s.sendDay()).equals(dueDate)) {
                return true;
            }
        }
        return false;
    }
}
