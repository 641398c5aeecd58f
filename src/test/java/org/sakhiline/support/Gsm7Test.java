package org.sakhiline.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Gsm7Test {

    @Test
    void plainEnglishIsGsm7OneSeptetEach() {
        assertTrue(Gsm7.fits("Balance Rs 1,200. Reply 1"));
        assertEquals(25, Gsm7.septets("Balance Rs 1,200. Reply 1"));
    }

    @Test
    void extensionCharactersCountTwice() {
        assertEquals(4, Gsm7.septets("€{"));
        assertTrue(Gsm7.isExtension('€'));
        assertFalse(Gsm7.isExtension('e'));
    }

    @Test
    void indicAndArabicScriptsAndTheRupeeSignAreNotGsm7() {
        assertFalse(Gsm7.fits("बचत"));
        assertFalse(Gsm7.fits("بچت"));
        assertFalse(Gsm7.fits("₹100"));
        assertEquals(-1, Gsm7.septets("Rs ₹"));
    }

    @Test
    void phonesAreMaskedInLogs() {
        assertEquals("+91********78", PhoneMask.mask("+919812345678"));
        assertEquals("<none>", PhoneMask.mask(null));
        assertEquals("***", PhoneMask.mask("123"));
        assertEquals("The 'To' number +91********10 is not valid (code 21211)",
                PhoneMask.maskNumbersIn("The 'To' number +919876543210 is not valid (code 21211)"));
    }
}
