package org.sakhiline.channel.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndianNumberWordsTest {

    @Test
    void oneLakhTwentyFiveThousandThreeHundred() {
        assertEquals(List.of("num_1", "lakh", "num_25", "thousand", "num_3", "hundred"), IndianNumberWords.fragments(1_25_300));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0          | num_0",
            "7          | num_7",
            "99         | num_99",
            "100        | num_1 hundred",
            "105        | num_1 hundred num_5",
            "1000       | num_1 thousand",
            "1250       | num_1 thousand num_2 hundred num_50",
            "99999      | num_99 thousand num_9 hundred num_99",
            "100000     | num_1 lakh",
            "1000001    | num_10 lakh num_1",
            "9999999    | num_99 lakh num_99 thousand num_9 hundred num_99",
            "10000000   | num_1 crore",
            "12345678   | num_1 crore num_23 lakh num_45 thousand num_6 hundred num_78",
            "1500000000 | num_1 hundred num_50 crore",
            "25000000000 | num_2 thousand num_5 hundred crore"})
    void indianOrder(long n, String expected) {
        assertEquals(List.of(expected.split(" ")), IndianNumberWords.fragments(n));
    }

    @Test
    void negativeNumbersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> IndianNumberWords.fragments(-1));
        assertThrows(IllegalArgumentException.class, () -> IndianNumberWords.unit(100));
    }
}
