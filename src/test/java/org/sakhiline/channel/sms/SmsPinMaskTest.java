package org.sakhiline.channel.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SmsPinMaskTest {

    @Test
    void aMitrasConfirmationKeepsItsCodeAndLosesHerPin() {
        assertEquals("YES 482193 ****", SmsPinMask.mask("YES 482193 4321"));
        assertEquals("yes ****  482193", SmsPinMask.mask("yes 4321  482193"));
        assertEquals("हाँ ४८२१९३ ****", SmsPinMask.mask("हाँ ४८२१९३ ४३२१"));
        assertEquals("YES ****", SmsPinMask.mask("YES 4821934321"), "glued: the code cannot be told apart, all goes");
        assertEquals("NO 482193", SmsPinMask.mask("NO 482193"));
    }

    @Test
    void aMembersChoiceStaysAndHerPinGoes() {
        assertEquals("BAL 2 ****", SmsPinMask.mask("BAL 2 1357"));
        assertEquals("bal2 ****", SmsPinMask.mask("bal2 1357"));
        assertEquals("1 2 ****", SmsPinMask.mask("1 2 1357"));
        assertEquals("बचत २ ****", SmsPinMask.mask("बचत २ १३५७"));
        assertEquals("****", SmsPinMask.mask("1357"));
        assertEquals("BAL", SmsPinMask.mask("BAL"));
    }

    @Test
    void moneyRequestsCarryNoPinAndAreKeptAsSent() {
        assertEquals("DEP IN-SHG-00003 1 50000 NEFT1234", SmsPinMask.mask("DEP IN-SHG-00003 1 50000 NEFT1234"));
        assertEquals("UNDO 1234567", SmsPinMask.mask("UNDO 1234567"));
        assertEquals("", SmsPinMask.mask(""));
    }
}
