package org.sakhiline.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sakhiline.reminders.ReminderCases.rule;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakhiline.messaging.OutgoingMessage;
import org.sakhiline.support.i18n.Money;

/**
 * How a planned reminder becomes outbox messages (without the database: writing them is
 * {@link ReminderPlannerTest}'s): her channel over the rule's, one message per channel with the channel
 * in the dedupe key, texts and template keys as {@link ReminderTexts} renders them.
 */
class ReminderOutboxWriterTest {

    private static final ReminderTexts TEXTS = new ReminderTexts(ReminderTemplates.load(Path.of("menus/reminders")));
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 4);

    private static PlannedReminder meeting(String lang, ReminderChannel preference, ReminderChannel ruleChannel) {
        EffectiveRule rule = new EffectiveRule(7, rule(7, ReminderKind.MEETING, 1, "18:00").timing(), ruleChannel);
        return new PlannedReminder(new ReminderRecipient(101, 5, lang, preference, "+919800000101"), ReminderKind.MEETING, rule,
                "rem:mtg:101:2026-03-04:r7", LocalDateTime.of(2026, 3, 3, 18, 0), WEDNESDAY, LocalTime.of(10, 0), null, 0);
    }

    private record Shape(String channel, String dedupeKey, String language, String templateKey) {}

    private static List<Shape> shapes(PlannedReminder r) {
        return ReminderOutboxWriter.messages(r, TEXTS).stream()
                .map(m -> new Shape(m.channel().name(), m.dedupeKey(), m.language(), m.templateKey())).toList();
    }

    @Test
    void herChannelOverTheRulesOneMessagePerChannel() {
        String sms = "rem:mtg:101:2026-03-04:r7:sms";
        String voice = "rem:mtg:101:2026-03-04:r7:voice";
        assertEquals(List.of(new Shape("SMS", sms, "hi-Latn", "reminder.meeting")),
                shapes(meeting("hi-Latn", null, ReminderChannel.SMS)));
        assertEquals(List.of(new Shape("VOICE", voice, "hi", "reminder.meeting_voice")),
                shapes(meeting("hi-Latn", ReminderChannel.VOICE, ReminderChannel.SMS)), "a call speaks Hindi to a Roman-script reader");
        assertEquals(List.of(new Shape("SMS", sms, "hi", "reminder.meeting"), new Shape("VOICE", voice, "hi", "reminder.meeting_voice")),
                shapes(meeting("hi", ReminderChannel.BOTH, ReminderChannel.VOICE)));
        assertEquals(List.of(), shapes(meeting("hi", ReminderChannel.NONE, ReminderChannel.BOTH)));
    }

    @Test
    void textsCarryTheDecidedValues() {
        OutgoingMessage m = ReminderOutboxWriter.messages(meeting("hi", null, ReminderChannel.SMS), TEXTS).get(0);
        assertEquals(TEXTS.meetingSms("hi", WEDNESDAY, LocalTime.of(10, 0), null).body(), m.body());
        assertEquals("+919800000101", m.recipient());

        EffectiveRule dueRule = rule(9, ReminderKind.INSTALMENT_DUE, 1, "18:00");
        PlannedReminder due = new PlannedReminder(new ReminderRecipient(101, 5, "en", null, "+919800000101"),
                ReminderKind.INSTALMENT_DUE, dueRule, "rem:due:101:2026-06-01:r9", LocalDateTime.of(2026, 5, 31, 18, 0),
                LocalDate.of(2026, 6, 1), null, null, 1_250_00);
        String body = ReminderOutboxWriter.messages(due, TEXTS).get(0).body();
        assertTrue(body.startsWith("Reminder: loan instalment " + Money.format(1_250_00, "en") + " due by "), body);
    }
}
