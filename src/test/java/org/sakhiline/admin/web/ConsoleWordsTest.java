package org.sakhiline.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.members.Member;
import org.sakhiline.books.members.MemberRole;
import org.sakhiline.books.org.MeetingFrequency;
import org.sakhiline.messaging.OutboxStatus;
import org.sakhiline.reminders.ReminderKind;
import org.sakhiline.testing.BooksFixtures;

/** The shared console words in English, Hindi and Urdu: actors, enums, times with zones, rupees, plurals. */
@QuarkusTest
class ConsoleWordsTest {

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final Instant EVENING = Instant.parse("2026-12-06T16:25:00Z");

    @Inject
    Engine engine;

    @Inject
    BooksFixtures fixtures;

    @Test
    void actorsReadAsPeopleAndHowTheyActed() {
        long shg = QuarkusTransaction.requiringNew().call(() -> fixtures.shg());
        long rekha = QuarkusTransaction.requiringNew().call(() -> fixtures.member(shg, "Rekha Kumari", BooksFixtures.phone()));
        QuarkusTransaction.requiringNew().run(() -> Member.update("role = ?1 where id = ?2", MemberRole.BOOKKEEPER, rekha));

        assertEquals("Rekha Kumari (bookkeeper) by SMS", in("en", w -> w.actor("member:" + rekha, "SMS")));
        assertEquals("Rekha Kumari (बुककीपर), SMS से", in("hi", w -> w.actor("member:" + rekha, "SMS")));
        assertEquals("Rekha Kumari (بک کیپر)، SMS سے", in("ur", w -> w.actor("member:" + rekha, "SMS")));
        assertEquals("Administrator (administrator) in the console", in("en", w -> w.actor("console:admin", "CONSOLE")));
        assertEquals("Administrator (administrator) in the console", in("en", w -> w.actor("admin", "CONSOLE")));
        assertEquals("Import by Administrator", in("en", w -> w.actor("import:admin")));
        assertEquals("the system (nightly grading)", in("en", w -> w.actor("system:grading", null)));
        assertEquals("सिस्टम (अपने-आप होने वाला काम)", in("hi", w -> w.actor("system:something-new", null)));
        assertEquals("a member no longer on record by USSD", in("en", w -> w.actor("member:0", "USSD")));
        assertEquals("someone", in("en", w -> w.actor("", null)));
    }

    @Test
    void enumsAreWordsInEachLanguage() {
        assertEquals("waiting to send", in("en", w -> w.enumWord(OutboxStatus.PENDING)));
        assertEquals("भेजने की प्रतीक्षा", in("hi", w -> w.enumWord(OutboxStatus.PENDING)));
        assertEquals("بھیجنے کا انتظار", in("ur", w -> w.enumWord(OutboxStatus.PENDING)));
        assertEquals("instalment due", in("en", w -> w.enumWord(ReminderKind.INSTALMENT_DUE)));
        assertEquals("पूरा", in("hi", w -> w.enumWord("ImportStatus", "DONE")));
        assertEquals("phone call (IVR)", in("en", w -> w.channel("IVR")));
        assertEquals("no such thing", in("en", w -> w.enumWord("Nothing", "NO_SUCH_THING")));
    }

    @Test
    void timesNameTheirZoneAndDatesReadInTheLanguage() {
        assertEquals("6 Dec 2026, 21:55 IST", in("en", w -> w.time(EVENING, IST)));
        assertEquals("6 दिसंबर 2026, 21:55 IST", in("hi", w -> w.time(EVENING, IST)));
        assertEquals("6 Dec 2026, 21:25 PKT", in("en", w -> w.time(EVENING, ZoneId.of("Asia/Karachi"))));
        assertEquals("6 Dec 2026, 16:25 UTC", in("en", w -> w.time(EVENING, ZoneId.of("UTC"))));
        assertEquals("6 دسمبر 2026", in("ur", w -> w.date(LocalDate.of(2026, 12, 6))));

        long pkShg = QuarkusTransaction.requiringNew().call(() -> fixtures.shg(MeetingFrequency.WEEKLY, 3, null, null,
                LocalTime.of(10, 0), "Asia/Karachi"));
        assertEquals(ZoneId.of("Asia/Karachi"), in("en", w -> w.zoneOf(pkShg)));
        assertEquals("6 Dec 2026, 21:25 PKT", in("en", w -> w.timeIn(EVENING, pkShg)));
        assertEquals(IST, in("en", w -> w.zoneOf(null)));
    }

    @Test
    void rupeesGroupTheIndianWayAndCountsArePluralAware() {
        assertEquals("₹1,23,456.50", in("en", w -> w.rupees(12_345_650)));
        assertEquals("-₹500", in("hi", w -> w.rupees(-50_000, "IN")));
        assertEquals("Rs 123,456", in("ur", w -> w.rupees(12_345_600, "PK")));

        assertEquals("1 entry", in("en", w -> w.count(1, "count_entries_one", "count_entries_other")));
        assertEquals("0 entries", in("en", w -> w.count(0, "count_entries_one", "count_entries_other")));
        assertEquals("0 प्रविष्टि", in("hi", w -> w.count(0, "count_entries_one", "count_entries_other")));
        assertEquals("3 اندراجات", in("ur", w -> w.count(3, "count_entries_one", "count_entries_other")));
    }

    @Test
    void javaCodeGetsAnyBundleInTheRequestsLanguage() {
        assertEquals("सदस्य", in("hi", w -> w.bundle(ConsoleMessages.class).nav_members()));
        assertEquals("Members", in("en", w -> w.msg().nav_members()));
        assertEquals("صفحہ نہیں ملا", in("ur", w -> w.message("msg:error_404_title")));
        assertEquals("کنسول یہ کام مکمل نہیں کر سکا۔ دوبارہ کوشش کریں؛ بار بار ہو تو اپنے ایڈمنسٹریٹر کو یہ حوالہ بتائیں: R-1",
                in("ur", w -> w.message("error_500_text", "R-1")));
        assertNull(in("en", w -> w.message("no_such_key")));
    }

    /** Words as a console user reading {@code language} sees them (database reads in a transaction of their own). */
    private <T> T in(String language, Function<ConsoleWords, T> read) {
        ConsoleContext reader = new ConsoleContext(null) {
            @Override
            public ConsoleLanguage consoleLanguage() {
                return ConsoleLanguage.of(language);
            }
        };
        return QuarkusTransaction.requiringNew().call(() -> read.apply(new ConsoleWords(reader, engine, "Asia/Kolkata")));
    }
}
