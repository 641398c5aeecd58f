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

    /** What the sending hours do to this form's send time, as the reminders compute it; null while incomplete. */
    public QuietHours quietHours() {
        return QuietHours.of(time(form.sendAt), time(form.windowStart), time(form.windowEnd));
    }

    private static java.time.LocalTime time(String value) {
        try {
            return value == null || value.isBlank() ? null : java.time.LocalTime.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public ReminderRuleFormPage withError(String text) {
        return new ReminderRuleFormPage(ruleId, form, kinds, channels, text);
    }
}
