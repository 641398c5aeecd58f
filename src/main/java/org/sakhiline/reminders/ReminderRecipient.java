package org.sakhiline.reminders;

/**
 * A member reminders may go to (active, not stopped).
 *
 * @param language   her language tag ({@code hi}, {@code hi-Latn}, …)
 * @param preference her own channel choice; null: as the rule says
 * @param phone      her first phone, or null when she has none
 */
public record ReminderRecipient(long memberId, long shgId, String language, ReminderChannel preference, String phone) {}
