package org.sakhiline.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SmsSegmentsTest {

    private static void assertCount(String text, SmsEncoding encoding, int units, int segments) {
        assertEquals(new SmsSegments.Count(encoding, units, segments), SmsSegments.of(text));
    }

    @Test
    void englishIsGsm7() {
        assertCount("Your balance is Rs 1,250. Next meeting Monday 10 am.", SmsEncoding.GSM7, 52, 1);
    }

    @Test
    void romanHindiIsGsm7AndCostsOnePart() {
        assertCount("Aapki bachat Rs 1,250 hai. Agli baithak Somvar 10 baje.", SmsEncoding.GSM7, 55, 1);
    }

    @Test
    void hindiIsUcs2() {
        String hindi = "आपकी बचत ₹1,250 है। अगली बैठक सोमवार 10 बजे।";
        assertCount(hindi, SmsEncoding.UCS2, 44, 1);
        assertCount(hindi + " " + hindi, SmsEncoding.UCS2, 89, 2);
    }

    @Test
    void urduIsUcs2() {
        assertCount("آپ کی بچت 1250 روپے ہے۔ اگلی میٹنگ پیر کو 10 بجے۔", SmsEncoding.UCS2, 49, 1);
    }

    @Test
    void extensionCharactersCountDouble() {
        // € { } are in the GSM-7 extension table: 14 characters, 17 septets.
        assertCount("Price 10€ {ok}", SmsEncoding.GSM7, 17, 1);
        assertCount("{".repeat(80), SmsEncoding.GSM7, 160, 1);
        assertCount("{".repeat(81), SmsEncoding.GSM7, 162, 2);
    }

    @Test
    void gsm7SingleAndMultipartLimits() {
        assertCount("a".repeat(160), SmsEncoding.GSM7, 160, 1);
        assertCount("a".repeat(161), SmsEncoding.GSM7, 161, 2);
        assertCount("a".repeat(306), SmsEncoding.GSM7, 306, 2);
        assertCount("a".repeat(307), SmsEncoding.GSM7, 307, 3);
    }

    @Test
    void anExtensionCharacterIsNotSplitAcrossParts() {
        // 306 septets would fit two parts of 153, but the € would straddle the boundary.
        assertCount("a".repeat(152) + "€" + "a".repeat(152), SmsEncoding.GSM7, 306, 3);
    }

    @Test
    void ucs2SingleAndMultipartLimits() {
        assertCount("क".repeat(70), SmsEncoding.UCS2, 70, 1);
        assertCount("क".repeat(71), SmsEncoding.UCS2, 71, 2);
        assertCount("क".repeat(134), SmsEncoding.UCS2, 134, 2);
        assertCount("क".repeat(135), SmsEncoding.UCS2, 135, 3);
    }

    @Test
    void oneNonGsmCharacterMakesTheWholeTextUcs2() {
        assertCount("a".repeat(69) + "é", SmsEncoding.GSM7, 70, 1); // é is in GSM-7
        assertCount("a".repeat(69) + "ê", SmsEncoding.UCS2, 70, 1); // ê is not
        assertCount("a".repeat(70) + "ê", SmsEncoding.UCS2, 71, 2);
    }

    @Test
    void surrogatePairsCountAsTwoUnits() {
        assertCount("😀".repeat(35), SmsEncoding.UCS2, 70, 1);
        assertCount("😀".repeat(35) + "a", SmsEncoding.UCS2, 71, 2);
    }
}
