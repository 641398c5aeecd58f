package org.sakhiline.reminders;

/** How a reminder reaches her. Rules use SMS, VOICE or BOTH; a member's own choice may also be NONE. */
public enum ReminderChannel {
    SMS, VOICE, BOTH, NONE;

    public boolean sms() {
        return this == SMS || this == BOTH;
    }

    public boolean voice() {
        return this == VOICE || this == BOTH;
    }
}
