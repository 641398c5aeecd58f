package org.sakhiline.books.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingRuleTest {

    @Test
    void weeklyOnADayOfTheWeek() {
        MeetingRule wednesdays = new MeetingRule(MeetingFrequency.WEEKLY, 3, null, null);
        assertEquals(LocalDate.of(2025, 1, 1), wednesdays.firstOnOrAfter(LocalDate.of(2025, 1, 1)));   // a Wednesday
        assertEquals(LocalDate.of(2025, 1, 8), wednesdays.firstOnOrAfter(LocalDate.of(2025, 1, 2)));
        assertEquals(List.of(LocalDate.of(2024, 12, 25), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 8)),
                wednesdays.datesBetween(LocalDate.of(2024, 12, 23), LocalDate.of(2025, 1, 8)));
    }

    @Test
    void monthlyOnTheNthWeekday() {
        MeetingRule secondTuesday = new MeetingRule(MeetingFrequency.MONTHLY, 2, 2, null);
        assertEquals(LocalDate.of(2025, 1, 14), secondTuesday.firstOnOrAfter(LocalDate.of(2025, 1, 1)));
        assertEquals(LocalDate.of(2025, 2, 11), secondTuesday.firstOnOrAfter(LocalDate.of(2025, 1, 15)));
    }

    @Test
    void monthlyOnAFixedDayClampsToShortMonths() {
        MeetingRule the31st = new MeetingRule(MeetingFrequency.MONTHLY, null, null, 31);
        assertEquals(List.of(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 31)),
                the31st.datesBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));
    }

    @Test
    void incompleteRulesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MeetingRule(MeetingFrequency.WEEKLY, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new MeetingRule(MeetingFrequency.MONTHLY, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new MeetingRule(MeetingFrequency.MONTHLY, 8, 1, null));
    }
}
