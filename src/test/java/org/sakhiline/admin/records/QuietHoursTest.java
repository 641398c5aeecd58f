package org.sakhiline.admin.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The sending-hours sentence follows the reminders' timing: inside the hours on time, before them later, after them next morning. */
class QuietHoursTest {

    private static final LocalTime FROM = LocalTime.of(8, 0);
    private static final LocalTime UNTIL = LocalTime.of(20, 0);

    @Test
    void aSendTimeInsideTheSendingHoursGoesOutAsSet() {
        QuietHours q = QuietHours.of(LocalTime.of(19, 59), FROM, UNTIL);
        assertEquals(QuietHours.Outcome.ON_TIME, q.outcome());
        assertEquals(LocalTime.of(19, 59), q.goesOut());
        assertEquals(QuietHours.Outcome.ON_TIME, QuietHours.of(FROM, FROM, UNTIL).outcome());
    }

    @Test
    void anEarlySendTimeWaitsForTheHoursToOpenTheSameDay() {
        QuietHours q = QuietHours.of(LocalTime.of(6, 0), FROM, UNTIL);
        assertEquals(QuietHours.Outcome.LATER_SAME_DAY, q.outcome());
        assertEquals(FROM, q.goesOut());
    }

    @Test
    void aSendTimeAtOrAfterClosingGoesOutTheNextMorning() {
        assertEquals(QuietHours.Outcome.NEXT_MORNING, QuietHours.of(UNTIL, FROM, UNTIL).outcome());
        QuietHours late = QuietHours.of(LocalTime.of(21, 0), FROM, UNTIL);
        assertEquals(QuietHours.Outcome.NEXT_MORNING, late.outcome());
        assertEquals("08:00", late.goesOutText());
    }

    @Test
    void anIncompleteFormHasNoSentence() {
        assertNull(QuietHours.of(null, FROM, UNTIL));
        assertNull(QuietHours.of(LocalTime.NOON, UNTIL, FROM));
    }
}
