package org.sakhiline.channel.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sakhiline.channel.sms.SignedSms.form;
import static org.sakhiline.channel.sms.SignedSms.replyOf;
import static org.sakhiline.channel.sms.SignedSms.send;
import static org.sakhiline.channel.sms.SignedSms.sid;
import static org.sakhiline.channel.sms.SignedSms.twiml;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.books.sheets.MeetingSheets;
import org.sakhiline.testing.SheetFixtures;

/** A member's WRONG answer to her meeting receipt, over Twilio's real webhook form. */
@QuarkusTest
class SheetWrongSmsTest {

    @Inject
    SheetFixtures fixtures;
    @Inject
    MeetingSheets sheets;
    @Inject
    SavingsService savings;

    @Test
    void theWordsMembersWriteAreRead() {
        for (String word : List.of("WRONG", "wrong.", "Galat", "ghalat", "गलत", "ग़लत", "غلط", "ভুল", "bhul", "অরানবা")) {
            assertEquals(SmsCommand.Keyword.WRONG, SmsCommandParser.parse(word + " hai").keyword(), word);
        }
    }

    @Test
    void wrongFlagsHerLatestSheetOnceAnswersInHerLanguageAndChangesNoMoney() {
        SheetFixtures.Group g = fixtures.group(3, "hi");
        long sheetId = fixtures.submitted(g).sheetId();
        sheets.confirm(sheetId, SheetFixtures.leader(g), Instant.now());
        String phone = g.phones().get(2);
        long balance = savings.balancePaise(g.borrowerId());

        Map<String, String> message = form(sid(), phone, "गलत");
        String reply = replyOf(twiml(message));
        String again = replyOf(twiml(message));

        assertEquals("Member 3: दर्ज हुआ। स्टाफ़ आपकी बैठक की एंट्री जाँचेगा।", reply);
        assertEquals(reply, again, "a redelivery answers the same");
        assertEquals(1, sheets.flags(sheetId).size(), "and flags once");
        assertEquals(g.borrowerId(), sheets.flags(sheetId).get(0).memberId());
        assertEquals(balance, savings.balancePaise(g.borrowerId()));

        send(phone, "galat");
        assertEquals(2, sheets.flags(sheetId).size(), "a second message is a second flag");
        assertTrue(sheets.flagged(null, 500).stream().anyMatch(s -> s.sheetId() == sheetId && s.openFlags() == 2));
    }

    @Test
    void wrongWithNothingRecentToFlagSaysSo() {
        SheetFixtures.Group g = fixtures.group(2, "ur");
        assertEquals("Member 1: حال کی کسی میٹنگ کا اندراج نہیں ملا۔ گروپ لیڈر سے پوچھیں۔", send(g.phones().get(0), "غلط"));
    }
}
