package org.sakhiline.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void numbersAsTypedInIndiaAndPakistan() {
        assertEquals(Optional.of("+919876543210"), PhoneNumbers.normalise("9876543210", "IN"));
        assertEquals(Optional.of("+919876543210"), PhoneNumbers.normalise("098765 43210", "IN"));
        assertEquals(Optional.of("+919876543210"), PhoneNumbers.normalise("+91 98765-43210", "IN"));
        assertEquals(Optional.of("+919876543210"), PhoneNumbers.normalise("919876543210", "IN"));   // "+" lost to a number cell
        assertEquals(Optional.of("+919876543210"), PhoneNumbers.normalise("00919876543210", "IN"));
        assertEquals(Optional.of("+923001234567"), PhoneNumbers.normalise("0300 1234567", "PK"));
        assertEquals(Optional.of("+923001234567"), PhoneNumbers.normalise("+92 300 1234567", "IN"));
        assertEquals(Optional.of("+919876543210"), PhoneNumbers.normalise("९८७६५४३२१०", "IN"));
    }

    @Test
    void numbersThatCannotExistAreRefused() {
        assertEquals("is not a phone number that can exist in IN", PhoneNumbers.read("+91 12345", "IN").refusal());
        assertEquals("is not a phone number that can exist in PK", PhoneNumbers.read("+923990000001", "PK").refusal());
        assertFalse(PhoneNumbers.read("call me", "IN").valid());
        assertTrue(PhoneNumbers.isValidE164("+923450000001"));
        assertFalse(PhoneNumbers.isValidE164("+923990000001"));
    }
}
