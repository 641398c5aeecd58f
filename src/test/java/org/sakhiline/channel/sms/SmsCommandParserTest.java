package org.sakhiline.channel.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sakhiline.channel.sms.SmsCommand.Keyword;

class SmsCommandParserTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "BAL|BALANCE", "bal|BALANCE", "  Bal. |BALANCE", "bal?|BALANCE", "B.A.L|BALANCE", "Balance!!|BALANCE",
            "1|BALANCE", "१|BALANCE", "bachat|BALANCE", "BACHAAT|BALANCE", "बचत|BALANCE", "जमा|BALANCE",
            "بچت|BALANCE", "সঞ্চয়|BALANCE", "সঞ্চয়।|BALANCE",
            "LOAN|LOAN", "karz|LOAN", "Karj|LOAN", "QARZ|LOAN", "2|LOAN", "कर्ज|LOAN", "क़र्ज़|LOAN", "क़र्ज़|LOAN",
            "قرض|LOAN", "ঋণ|LOAN", "kisht|LOAN",
            "MEET|MEETING", "meeting|MEETING", "Baithak|MEETING", "3|MEETING", "बैठक|MEETING", "میٹنگ|MEETING",
            "ميٽنگ|MEETING", "সভা|MEETING", "বৈঠক|MEETING",
            "STMT|STATEMENT", "hisab|STATEMENT", "HISAAB|STATEMENT", "4|STATEMENT", "हिसाब|STATEMENT",
            "लेन-देन|STATEMENT", "len den|STATEMENT", "حساب|STATEMENT", "لین دین|STATEMENT", "হিসাব|STATEMENT",
            "LANG hi|LANGUAGE", "bhasha|LANGUAGE", "زبان|LANGUAGE",
            "help|HELP", "madad|HELP", "मदद|HELP", "0|HELP",
            "STOP|STOP", "unsubscribe|STOP", "start|START",
            "DEP X 1 500|DEPOSIT", "yes 4821|YES", "No 4821|NO", "undo 77|UNDO",
            "hello there|UNKNOWN", "balx|UNKNOWN", "|EMPTY", "?!|EMPTY"})
    void keywords(String body, Keyword expected) {
        assertEquals(expected, SmsCommandParser.parse(body).keyword());
    }

    @Test
    void argumentsKeepInnerPunctuationAndDropOuter() {
        SmsCommand c = SmsCommandParser.parse("dep  in-shg-00001, 12  Rs1,500/-  ref:AB-77.");
        assertEquals(Keyword.DEPOSIT, c.keyword());
        assertEquals(List.of("IN-SHG-00001", "12", "RS1,500", "REF:AB-77"), c.args());
    }

    @Test
    void aMinusSignBeforeANumberIsKept() {
        assertEquals(List.of("X", "1", "-5"), SmsCommandParser.parse("DEP X 1 -5").args());
        assertEquals(-1, MitraSmsCommands.rupees("-5"));
    }

    @Test
    void aSelectorMayBeGluedOnOrSeparateOrInNativeDigits() {
        assertEquals(2, SmsCommandParser.parse("BAL2").selector());
        assertEquals(Keyword.BALANCE, SmsCommandParser.parse("BAL2").keyword());
        assertEquals(2, SmsCommandParser.parse("bal 2").selector());
        assertEquals(2, SmsCommandParser.parse("बचत २").selector());
        assertEquals(2, SmsCommandParser.parse("بچت ۲").selector());
        assertNull(SmsCommandParser.parse("BAL").selector());
    }

    @Test
    void amounts() {
        assertEquals(500, MitraSmsCommands.rupees("500"));
        assertEquals(1500, MitraSmsCommands.rupees("RS1,500/-"));
        assertEquals(500, MitraSmsCommands.rupees("₹500"));
        assertEquals(500, MitraSmsCommands.rupees("500.00"));
        assertEquals(-1, MitraSmsCommands.rupees("500.50"));
        assertEquals(-1, MitraSmsCommands.rupees("ABC"));
        assertEquals(0, MitraSmsCommands.rupees("0"));
    }
}
