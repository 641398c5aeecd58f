package org.sakhiline.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sakhiline.reminders.ReminderCases.rule;
import static org.sakhiline.reminders.ReminderKind.INSTALMENT_DUE;
import static org.sakhiline.reminders.ReminderKind.LOAN_OVERDUE;
import static org.sakhiline.reminders.ReminderKind.MEETING;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The most specific rule wins, kind by kind: the group's own, else its VO's, else its federation's. */
class EffectiveRuleTest {

    // Federation 1 → VO 2 → groups 3 and 4 (the federation has no parent).
    private static final Map<Long, Long> PARENTS = Map.of(2L, 1L);

    private static final Map<Long, List<EffectiveRule>> RULES = Map.of(
            1L, List.of(rule(11, MEETING, 1, "18:00"), rule(12, INSTALMENT_DUE, 1, "18:00"), rule(13, LOAN_OVERDUE, 1, "10:00", 7, 3)),
            2L, List.of(rule(21, MEETING, 2, "17:00")),
            3L, List.of(rule(31, INSTALMENT_DUE, 3, "09:00")));

    private static Map<ReminderKind, Long> ids(Map<ReminderKind, EffectiveRule> rules) {
        Map<ReminderKind, Long> ids = new HashMap<>();
        rules.forEach((k, r) -> ids.put(k, r.id()));
        return ids;
    }

    @Test
    void kindByKindTheNearestUnitWins() {
        assertEquals(Map.of(MEETING, 21L, INSTALMENT_DUE, 31L, LOAN_OVERDUE, 13L), ids(EffectiveRule.forGroup(3, 2L, PARENTS, RULES)));
        assertEquals(Map.of(MEETING, 21L, INSTALMENT_DUE, 12L, LOAN_OVERDUE, 13L), ids(EffectiveRule.forGroup(4, 2L, PARENTS, RULES)));
        assertEquals(Map.of(), EffectiveRule.forGroup(9, 8L, Map.of(8L, 7L), RULES), "no rule on the path");
    }

    @Test
    void aLoopInTheTreeEnds() {
        assertEquals(Map.of(MEETING, 21L), ids(EffectiveRule.forGroup(5, 2L, Map.of(2L, 5L), Map.of(2L, RULES.get(2L)))));
    }
}
