package org.sakhiline.reminders;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rule in force for a group and one kind: the most specific active one (SHG over VO over federation).
 * Its id is part of the dedupe keys of the reminders it produces.
 */
public record EffectiveRule(long id, ReminderTiming timing, ReminderChannel channel) {

    public ReminderKind kind() {
        return timing.kind();
    }

    static EffectiveRule of(ReminderRule r) {
        return new EffectiveRule(r.id, r.timing(), r.channel);
    }

    /**
     * Per kind, the rule of the nearest unit on the path group → VO → federation that has one.
     *
     * @param parents     parent of each unit above the groups (null at the top)
     * @param rulesByUnit active rules by the unit they are set on
     */
    public static Map<ReminderKind, EffectiveRule> forGroup(long groupId, Long parentId, Map<Long, Long> parents,
                                                            Map<Long, List<EffectiveRule>> rulesByUnit) {
        Map<ReminderKind, EffectiveRule> effective = new EnumMap<>(ReminderKind.class);
        Long unit = groupId;
        Long next = parentId;
        for (int depth = 0; unit != null && depth < 16; depth++) {
            for (EffectiveRule r : rulesByUnit.getOrDefault(unit, List.of())) {
                effective.putIfAbsent(r.kind(), r);
            }
            unit = next;
            next = unit == null ? null : parents.get(unit);
        }
        return effective;
    }
}
