package org.sakhiline.admin.records;

import java.util.List;

/** The page around a reminder rule form: new or editing rule {@code ruleId}, and what was wrong last time. */
public record ReminderRuleFormPage(Long ruleId, ReminderRuleForm form, List<String> kinds, List<String> channels,
                                   String error) {

    public boolean editing() {
        return ruleId != null;
    }

    public String action() {
        return ruleId == null ? "/admin/reminder-rules" : "/admin/reminder-rules/" + ruleId;
    }

    public ReminderRuleFormPage withError(String text) {
        return new ReminderRuleFormPage(ruleId, form, kinds, channels, text);
    }
}
