package org.sakhiline.channel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormEncodingTest {

    @Test
    void wellFormedFormsPass() {
        assertTrue(FormEncoding.valid(null));
        assertTrue(FormEncoding.valid(""));
        assertTrue(FormEncoding.valid("text=1*2*1234&phoneNumber=%2B919812345678"));
        assertTrue(FormEncoding.valid("Body=%E0%A4%AC%E0%A4%9A%E0%A4%A4+2&x="));
        assertTrue(FormEncoding.valid("a=%f0%9f%98%80"));
    }

    @Test
    void brokenEscapesAndBytesThatAreNoUtf8Fail() {
        for (String bad : new String[] {"%", "a=%", "a=%4", "a=%G1", "a=%zz", "a=%e0%a4", "a=%ff%fe", "a=%c0%af",
                "a=%ed%a0%80", "a=%f4%90%80%80", "a=%C3%28", "a=%u0041", "a=%%"}) {
            assertFalse(FormEncoding.valid(bad), bad);
        }
    }
}
