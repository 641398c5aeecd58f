package org.sakhiline.books.pins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.pins.OneTimeCodeRule.CodeState;
import org.sakhiline.books.pins.OneTimeCodeRule.Outcome;

class OneTimeCodeRuleTest {

    private static final Instant T0 = Instant.parse("2025-02-17T05:00:00Z");

    @Test
    void aCodeLivesTenMinutesAndIsUsedOnce() {
        CodeState sent = OneTimeCodeRule.afterSend(CodeState.NONE, "h", T0);
        assertEquals(T0.plus(OneTimeCodeRule.VALID_FOR), sent.expiresAt());
        OneTimeCodeRule.CodeEntry ok = OneTimeCodeRule.judge(sent, true, T0.plusSeconds(599));
        assertEquals(Outcome.OK, ok.outcome());
        assertNull(ok.after().hash());
        assertEquals(Outcome.SPENT, OneTimeCodeRule.judge(ok.after(), true, T0.plusSeconds(600)).outcome());
        assertEquals(Outcome.SPENT, OneTimeCodeRule.judge(sent, true, T0.plusSeconds(600)).outcome());
    }

    @Test
    void threeWrongTriesUseTheCodeUp() {
        CodeState s = OneTimeCodeRule.afterSend(CodeState.NONE, "h", T0);
        OneTimeCodeRule.CodeEntry e1 = OneTimeCodeRule.judge(s, false, T0);
        assertEquals(Outcome.WRONG, e1.outcome());
        assertEquals(2, e1.remainingTries());
        OneTimeCodeRule.CodeEntry e2 = OneTimeCodeRule.judge(e1.after(), false, T0);
        assertEquals(1, e2.remainingTries());
        OneTimeCodeRule.CodeEntry e3 = OneTimeCodeRule.judge(e2.after(), false, T0);
        assertEquals(Outcome.SPENT, e3.outcome());
        assertNull(e3.after().hash());
        assertEquals(Outcome.SPENT, OneTimeCodeRule.judge(e3.after(), true, T0).outcome(), "the right code, too late");
    }

    @Test
    void aNewCodeReplacesTheOldAndThreeSendsADayIsAll() {
        CodeState s = CodeState.NONE;
        for (int i = 0; i < OneTimeCodeRule.MAX_SENDS; i++) {
            assertEquals(Optional.empty(), OneTimeCodeRule.sendRefusedUntil(s, T0.plusSeconds(i)));
            s = OneTimeCodeRule.afterSend(s, "h" + i, T0.plusSeconds(i));
            assertEquals("h" + i, s.hash());
            assertEquals(0, s.failedAttempts());
        }
        assertEquals(Optional.of(T0.plus(OneTimeCodeRule.SEND_WINDOW)), OneTimeCodeRule.sendRefusedUntil(s, T0.plusSeconds(3600)));
        assertTrue(OneTimeCodeRule.sendRefusedUntil(s, T0.plus(OneTimeCodeRule.SEND_WINDOW)).isEmpty());
        assertEquals(1, OneTimeCodeRule.afterSend(s, "n", T0.plus(OneTimeCodeRule.SEND_WINDOW)).sendsInWindow());
    }

    @Test
    void noLiveCodeChangesNothing() {
        assertFalse(OneTimeCodeRule.judge(CodeState.NONE, false, T0).changes());
    }
}
