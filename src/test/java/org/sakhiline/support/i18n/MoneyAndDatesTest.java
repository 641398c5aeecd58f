package org.sakhiline.support.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyAndDatesTest {

    @Test
    void indianGroupingInLakhsAndPaiseOnlyWhenNonZero() {
        assertEquals("Rs 1,25,300", Money.format(12_530_000, "hi"));
        assertEquals("Rs 1,25,300.05", Money.format(12_530_005, "hi-Latn"));
        assertEquals("Rs 0", Money.format(0, "en"));
        assertEquals("-Rs 99,99,999.50", Money.format(-999_999_950, "bn"));
        assertEquals("Rs 1,25,300", Money.format(12_530_000, new Locale("en", "IN")));
    }

    @Test
    void pakistanGroupsInThousands() {
        assertEquals("Rs 1,250,300", Money.format(125_030_000, "ur"));
        assertEquals("Rs 1,250,300", Money.format(125_030_000, "sd"));
        assertEquals("Rs 1,250,300", Money.format(125_030_000, "ur-Latn"));
        assertEquals("Rs 1,250,300", Money.format(125_030_000, new Locale("ur", "PK")));
    }

    @Test
    void signedAmountsForStatements() {
        assertEquals("+Rs 500", Money.signed(50_000, "hi"));
        assertEquals("-Rs 200", Money.signed(-20_000, "hi"));
    }

    @Test
    void datesInTheMemberLanguageWithAsciiDigits() {
        LocalDate d = LocalDate.of(2025, 2, 20);
        assertEquals("20 Feb", DateText.date(d, "en"));
        assertEquals("20 Feb", DateText.date(d, "hi-Latn"));
        assertEquals("20 फ़रवरी", DateText.date(d, "hi"));
        assertEquals("20 ফেব্রুয়ারি", DateText.date(d, "bn"));
        assertEquals("20 فروری", DateText.date(d, "ur"));
        assertEquals("Thu, 20 Feb", DateText.dayDate(d, "en"));
        assertEquals("गुरु, 20 फ़रवरी", DateText.dayDate(d, "hi"));
        assertEquals("جمعرات، 20 فروری", DateText.dayDate(d, "ur"));
    }

    @Test
    void timesOfDayAsPeopleSayThem() {
        assertEquals("10:30 am", DateText.time(LocalTime.of(10, 30), "en"));
        assertEquals("12:00 pm", DateText.time(LocalTime.NOON, "en"));
        assertEquals("सुबह 10:30", DateText.time(LocalTime.of(10, 30), "hi"));
        assertEquals("shaam 5:00", DateText.time(LocalTime.of(17, 0), "hi-Latn"));
        assertEquals("دوپہر 2:15", DateText.time(LocalTime.of(14, 15), "ur"));
        assertEquals("রাত 9:00", DateText.time(LocalTime.of(21, 0), "bn"));
    }
}
