package org.sakhiline.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.sakhiline.messaging.SmsSegments;

/**
 * Every shipped language has every reminder text, each renders without a missing name, and each SMS fits
 * the budget: ONE segment for any date, time and amount up to Rs 9,99,999 when the meeting is at the
 * usual place; at most two when a changed place is named. Logs the segment table.
 */
class ReminderTemplatesTest {

    private static final Logger LOG = Logger.getLogger(ReminderTemplatesTest.class);
    private static final ReminderTexts TEXTS = new ReminderTexts(ReminderTemplates.load(Path.of("menus/reminders")));
    private static final Set<String> ROMAN = Set.of("hi-Latn", "ur-Latn");
    private static final long[] AMOUNTS = {50_000, 1_25_300_00L, 9_99_999_00L};
    private static final LocalTime[] TIMES = {LocalTime.of(10, 30), LocalTime.of(12, 30), LocalTime.of(16, 0), LocalTime.of(19, 45),
            LocalTime.of(21, 0)};

    /** Every date in a year (all month and weekday names) for the longest rendering. */
    private static List<LocalDate> dates() {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            out.add(d);
        }
        return out;
    }

    private record Worst(int segments, int units, String text) {
        Worst max(String candidate) {
            SmsSegments.Count c = SmsSegments.of(candidate);
            return c.units() > units ? new Worst(c.segments(), c.units(), candidate) : this;
        }
    }

    private static Worst worst(String lang, String key, String place) {
        Worst w = new Worst(0, -1, "");
        LocalDate longestDay = LocalDate.of(2026, 9, 30);
        for (LocalDate d : dates()) {
            switch (key) {
                case "meeting" -> {
                    for (LocalTime t : TIMES) {
                        w = w.max(TEXTS.meetingSms(lang, d, t, place).body());
                    }
                }
                case "due" -> {
                    for (long a : AMOUNTS) {
                        w = w.max(TEXTS.dueSms(lang, a, d).body());
                    }
                }
                default -> {
                    for (long a : AMOUNTS) {
                        w = w.max(TEXTS.overdueSms(lang, a).body());
                    }
                    return w;
                }
            }
        }
        assertFalse(longestDay == null);
        return w;
    }

    @Test
    void everyLanguageHasEveryText() {
        for (String lang : ReminderTemplates.LANGUAGES) {
            Set<String> keys = TEXTS.templates().keys(lang);
            for (String key : ReminderTemplates.SMS_KEYS) {
                assertTrue(keys.contains(key), lang + " lacks " + key);
            }
            for (String key : ReminderTemplates.REPLY_KEYS) {
                assertTrue(keys.contains(key), lang + " lacks " + key);
            }
            if (!ROMAN.contains(lang)) {   // calls speak the base language's own script
                for (String key : ReminderTemplates.VOICE_KEYS) {
                    assertTrue(keys.contains(key), lang + " lacks " + key);
                }
            }
        }
    }

    @Test
    void everyTextRendersInEveryLanguage() {
        LocalDate d = LocalDate.of(2026, 2, 17);
        for (String lang : ReminderTemplates.LANGUAGES) {
            List<ReminderTexts.Text> all = List.of(
                    TEXTS.meetingSms(lang, d, LocalTime.of(16, 0), null),
                    TEXTS.meetingSms(lang, d, LocalTime.of(16, 0), "Panchayat Bhavan"),
                    TEXTS.dueSms(lang, 1_25_300_00L, d),
                    TEXTS.overdueSms(lang, 50_000),
                    TEXTS.meetingVoice(lang, d, LocalTime.of(16, 0), null),
                    TEXTS.dueVoice(lang, 1_25_300_00L, d),
                    TEXTS.overdueVoice(lang, 50_000),
                    TEXTS.reply(lang, "stopped"), TEXTS.reply(lang, "started"), TEXTS.reply(lang, "not_registered"));
            for (ReminderTexts.Text t : all) {
                assertFalse(t.body().isBlank() || t.body().contains("{") || t.body().contains("NOT_FOUND"), lang + " " + t.key() + ": " + t.body());
            }
            assertEquals(lang, all.get(0).language(), "SMS texts are in her own language and script");
            assertEquals(ReminderTexts.voiceLanguage(lang), all.get(4).language());
            assertTrue(all.get(1).body().contains("Panchayat Bhavan"), "a changed place is named");
            assertFalse(all.get(0).body().contains("Panchayat"), "the usual place is not");
        }
    }

    @Test
    void amountsAndDatesAreFormattedAsInTheMenus() {
        assertEquals("Reminder: loan instalment Rs 1,25,300 due by 17 Feb. Reply STOP to end reminders.",
                TEXTS.dueSms("en", 1_25_300_00L, LocalDate.of(2026, 2, 17)).body());
        assertTrue(TEXTS.dueSms("ur", 1_25_300_00L, LocalDate.of(2026, 2, 17)).body().contains("Rs 125,300"), "Pakistan groups in thousands");
        assertEquals("Reminder: SHG meeting Tue, 17 Feb, 4:00 pm. Reply STOP to end reminders.",
                TEXTS.meetingSms("en", LocalDate.of(2026, 2, 17), LocalTime.of(16, 0), null).body());
        assertTrue(TEXTS.meetingSms("hi", LocalDate.of(2026, 2, 17), LocalTime.of(16, 0), null).body().contains("शाम 4:00"));
        assertTrue(TEXTS.dueVoice("hi-Latn", 1_25_300_00L, LocalDate.of(2026, 2, 17)).body().contains("1,25,300 रुपये"));
    }

    @Test
    void smsTextsFitTheSegmentBudget() {
        StringBuilder table = new StringBuilder("\nreminder SMS segments (worst case over a year of dates, 5 times, amounts to Rs 9,99,999)\n");
        table.append(String.format("%-8s %-22s %-22s %-22s %-22s%n", "lang", "meeting", "meeting+place", "due", "overdue"));
        List<String> over = new ArrayList<>();
        for (String lang : ReminderTemplates.LANGUAGES) {
            Worst meeting = worst(lang, "meeting", null);
            Worst placed = worst(lang, "meeting", "Panchayat Bhavan, ward 4");
            Worst due = worst(lang, "due", null);
            Worst overdue = worst(lang, "overdue", null);
            table.append(String.format("%-8s %-22s %-22s %-22s %-22s%n", lang, cell(meeting), cell(placed), cell(due), cell(overdue)));
            for (Worst w : List.of(meeting, due, overdue)) {
                if (w.segments() > 1) {
                    over.add(lang + ": " + w.text() + " (" + w.units() + ")");
                }
            }
            if (placed.segments() > 2) {
                over.add(lang + ": " + placed.text());
            }
        }
        LOG.info(table);
        assertTrue(over.isEmpty(), "over budget:\n" + String.join("\n", over));
    }

    private static String cell(Worst w) {
        SmsSegments.Count c = SmsSegments.of(w.text());
        return w.segments() + " (" + w.units() + " " + c.encoding() + ")";
    }

    @Test
    void monthBoundaryDatesRender() {
        LocalDate lastWednesday = LocalDate.of(2026, 1, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.WEDNESDAY));
        assertTrue(TEXTS.meetingSms("bn", lastWednesday, LocalTime.of(11, 0), null).body().contains("28"));
    }
}
