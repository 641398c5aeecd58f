package org.sakhiline.admin.records;

import java.util.List;

/**
 * Reminder rules for the reader's part of the tree: for each unit, the rule that applies per kind (its
 * own or one inherited from above), and every rule defined in that part, inactive ones included.
 *
 * @param unitCode the unit the page is narrowed to, or null
 */
public record ReminderRulesPage(String unitCode, Long unitId, List<String> kinds, List<UnitRules> units, Paging paging,
                                List<RuleRow> rules, String notice) {

    public record UnitRules(long id, String code, String name, String level, List<Effective> effective) {}

    /** {@code ownRuleId} is set when the unit has its own rule for the kind, else the rule comes from {@code fromCode}. */
    public record Effective(String kind, String text, Long ownRuleId, String fromCode) {
        public boolean inherited() {
            return text != null && ownRuleId == null;
        }
    }

    public record RuleRow(long id, String unitCode, long unitId, String kind, String text, boolean active, String updated) {}
}
