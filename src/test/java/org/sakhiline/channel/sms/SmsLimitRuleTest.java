package org.sakhiline.channel.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sakhiline.channel.sms.SmsLimitRule.Budget;
import org.sakhiline.channel.sms.SmsLimitRule.Counter;
import org.sakhiline.channel.sms.SmsLimitRule.Limit;

class SmsLimitRuleTest {

    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");
    private static final Limit FIVE = new Limit(5, Duration.ofHours(1), Duration.ofMinutes(30));

    @Test
    void theFifthFailureInAWindowLocksAndStartsTheCountAfresh() {
        Counter c = SmsLimitRule.NONE;
        for (int i = 1; i <= 4; i++) {
            c = SmsLimitRule.fail(c, FIVE, T0.plusSeconds(i));
            assertEquals(i, c.events());
            assertNull(SmsLimitRule.lockedUntil(c, T0.plusSeconds(i)));
        }
        c = SmsLimitRule.fail(c, FIVE, T0.plusSeconds(5));
        assertEquals(T0.plusSeconds(5).plus(Duration.ofMinutes(30)), SmsLimitRule.lockedUntil(c, T0.plusSeconds(6)));
        assertEquals(0, c.events());
        assertNull(SmsLimitRule.lockedUntil(c, T0.plus(Duration.ofMinutes(31))));
        assertEquals(1, SmsLimitRule.fail(c, FIVE, T0.plus(Duration.ofMinutes(31))).events());
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        Counter c = SmsLimitRule.NONE;
        for (int i = 0; i < 4; i++) {
            c = SmsLimitRule.fail(c, FIVE, T0);
        }
        c = SmsLimitRule.fail(c, FIVE, T0.plus(Duration.ofHours(1)));
        assertEquals(1, c.events());
        assertNull(SmsLimitRule.lockedUntil(c, T0.plus(Duration.ofHours(1))));
    }

    @Test
    void aSenderIsAnsweredUpToTheLimitThenToldOnceThenNotAtAll() {
        Limit thirty = new Limit(30, Duration.ofMinutes(10), Duration.ofMinutes(10));
        Counter c = SmsLimitRule.NONE;
        for (int i = 0; i < 30; i++) {
            c = SmsLimitRule.message(c, thirty, T0);
            assertEquals(Budget.ANSWER, SmsLimitRule.budget(c, thirty));
        }
        c = SmsLimitRule.message(c, thirty, T0);
        assertEquals(Budget.NOTICE, SmsLimitRule.budget(c, thirty));
        c = SmsLimitRule.message(c, thirty, T0.plus(Duration.ofMinutes(9)));
        assertEquals(Budget.SILENCE, SmsLimitRule.budget(c, thirty));
        c = SmsLimitRule.message(c, thirty, T0.plus(Duration.ofMinutes(10)));
        assertEquals(Budget.ANSWER, SmsLimitRule.budget(c, thirty));
        assertNotNull(c.windowStart());
    }

    @Test
    void minutesAreRoundedUp() {
        assertEquals(30, SmsLimitRule.minutesUntil(T0.plus(Duration.ofMinutes(30)), T0.plusMillis(1)));
        assertEquals(1, SmsLimitRule.minutesUntil(T0, T0));
    }
}
