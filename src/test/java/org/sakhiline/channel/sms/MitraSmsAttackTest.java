package org.sakhiline.channel.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sakhiline.channel.sms.SignedSms.code;
import static org.sakhiline.channel.sms.SignedSms.form;
import static org.sakhiline.channel.sms.SignedSms.replyOf;
import static org.sakhiline.channel.sms.SignedSms.send;
import static org.sakhiline.channel.sms.SignedSms.sid;
import static org.sakhiline.channel.sms.SignedSms.twiml;
import static org.sakhiline.channel.sms.SmsDesks.PIN;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.books.staff.StaffRole;
import org.sakhiline.channel.sms.SmsDesks.Desk;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.TwilioStubResource;

/**
 * The hostile test of issue 15 replayed over Twilio-signed webhooks: money on a sender number alone, guessing
 * confirmation codes, reversing another mitra's receipts, flooding from one number, and the ledger's internal
 * refusal codes in an SMS. Each is refused, in the mitra's language, and nothing is posted.
 */
@QuarkusTest
@QuarkusTestResource(TwilioStubResource.class)
class MitraSmsAttackTest {

    @Inject
    SmsDesks desks;

    @Inject
    SavingsService savings;

    @Inject
    BooksFixtures fixtures;

    private String dep(Desk d, long rupees) {
        return send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 " + rupees);
    }

    private static String otherCode(String code) {
        String guess;
        do {
            guess = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        } while (guess.equals(code));
        return guess;
    }

    /** Moves a counter's window or lock into the past, as if that much time had gone by. */
    private void timePasses(String limitKey) {
        desks.sql("UPDATE sms_limit SET window_start = window_start - INTERVAL 2 HOUR,"
                + " locked_until = locked_until - INTERVAL 2 HOUR WHERE limit_key = ?1", limitKey);
    }

    @Test
    void theSenderNumberAloneMovesNoMoney() {
        Desk d = desks.desk("en", ScriptVariant.NATIVE);
        String code = code(dep(d, 50_000));
        assertEquals("Add your PIN: YES " + code + " <PIN>. Nothing posted.", send(d.mitraPhone(), "YES " + code));
        assertEquals("Wrong PIN. Nothing posted. 2 tries left.", send(d.mitraPhone(), "YES " + code + " 1111"));
        assertEquals(0, savings.balancePaise(d.member()));

        // The right PIN posts, and a replayed webhook (same MessageSid) answers the same and posts nothing more.
        Map<String, String> yes = form(sid(), d.mitraPhone(), "YES " + code + " " + PIN);
        String first = twiml(yes);
        assertTrue(replyOf(first).startsWith("Done: Rs 50,000 deposited"), first);
        assertEquals(first, twiml(yes));
        assertEquals(5_000_000, savings.balancePaise(d.member()));
        assertEquals(1, desks.count("SELECT COUNT(*) FROM savings_txn WHERE member_id = ?1", d.member()));
        // Her PIN is stored nowhere in what was received or answered; the code stays to trace the confirmation.
        assertEquals(1, desks.count("SELECT COUNT(*) FROM sms_inbound WHERE message_sid = ?1 AND body = ?2",
                yes.get("MessageSid"), "YES " + code + " ****"));
        for (String stored : desks.strings("SELECT CONCAT(body, ' | ', COALESCE(reply, '')) FROM sms_inbound"
                + " WHERE from_number = ?1", d.mitraPhone())) {
            assertFalse(stored.matches("(?s).*\\b(" + PIN + "|1111)\\b.*"), stored);
        }
    }

    @Test
    void threeHundredWrongCodesLockHerOutAndTheRightCodeIsRefusedAfterwards() {
        Desk d = desks.desk("en", ScriptVariant.NATIVE);
        String code = code(dep(d, 50_000));
        Set<String> replies = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            // The worst case: whoever guesses knows her PIN and only lacks the code sent to her phone.
            String reply = send(d.mitraPhone(), "YES " + otherCode(code) + " " + PIN);
            replies.add(reply.replaceAll("[0-9]+", "#"));
            if (i == 4) {
                assertEquals("Too many wrong codes or PINs. Nothing posted. Money commands stopped for 30 min.", reply);
            }
        }
        // 4 "not found", then locked; past 30 messages in 10 minutes one notice, then nothing at all.
        assertEquals(Set.of("Code # not found. Nothing posted.",
                "Too many wrong codes or PINs. Nothing posted. Money commands stopped for # min.",
                "Too many messages from this number. Wait # min: nothing more is answered till then.", ""), replies);
        assertEquals("", send(d.mitraPhone(), "YES " + code + " " + PIN));
        timePasses("SENDER:" + d.mitraPhone());
        assertTrue(send(d.mitraPhone(), "YES " + code + " " + PIN).startsWith("Too many wrong codes or PINs."));
        // Even after the lock her pending code is void: whoever guessed cannot wait it out.
        timePasses("STAFF:" + d.mitra());
        assertEquals("Code " + code + " has expired. Nothing posted. Send it again.",
                send(d.mitraPhone(), "YES " + code + " " + PIN));
        assertEquals(0, savings.balancePaise(d.member()));
        // DEP and 29 guesses answered, the 31st message told to wait, 271 more (the right code too) not answered.
        assertEquals(272, desks.count("SELECT COUNT(*) FROM sms_inbound WHERE from_number = ?1 AND kind = 'RATE_LIMITED'",
                d.mitraPhone()));
    }

    @Test
    void wrongPinsLockHerToo() {
        Desk d = desks.desk("en", ScriptVariant.NATIVE);
        String code = code(dep(d, 500));
        assertEquals("Wrong PIN. Nothing posted. 2 tries left.", send(d.mitraPhone(), "YES " + code + " 0000"));
        assertEquals("Wrong PIN. Nothing posted. 1 tries left.", send(d.mitraPhone(), "YES " + code + " 0001"));
        assertTrue(send(d.mitraPhone(), "YES " + code + " 0002").startsWith("Your PIN is locked after wrong tries."));
        assertTrue(send(d.mitraPhone(), "YES " + code + " " + PIN).startsWith("Your PIN is locked after wrong tries."));
        assertEquals(0, savings.balancePaise(d.member()));
    }

    @Test
    void wrongCodesFromSeveralMitrasLockTheGroup() {
        Desk d = desks.desk("en", ScriptVariant.NATIVE);
        long vo = desks.voOf(d.shg());
        String[] mitras = {d.mitraPhone(), desks.phoneOf(desks.staff(vo, StaffRole.BANK_MITRA, "en")),
                desks.phoneOf(desks.staff(vo, StaffRole.BANK_MITRA, "hi"))};
        String[] codes = new String[3];
        for (int m = 0; m < 3; m++) {
            codes[m] = code(send(mitras[m], "DEP " + d.shgCode() + " 1 700"));
        }
        // Four wrong codes each: below one mitra's limit (5), past the group's (10).
        for (int m = 0; m < 3; m++) {
            for (int i = 0; i < 4; i++) {
                send(mitras[m], "YES " + otherCode(codes[m]) + " " + PIN);
            }
        }
        assertEquals("Too many wrong codes or PINs for this group. Nothing posted. Try again in 30 min.", dep(d, 700));
        assertEquals("Code " + codes[0] + " has expired. Nothing posted. Send it again.",
                send(d.mitraPhone(), "YES " + codes[0] + " " + PIN));
        assertEquals(0, savings.balancePaise(d.member()));
        assertEquals(3, desks.count("SELECT COUNT(*) FROM sms_confirmation c JOIN member m ON m.id = c.member_id"
                + " WHERE m.shg_id = ?1 AND c.status = 'EXPIRED'", d.shg()));
    }

    @Test
    void aMitraCannotUndoAnotherMitrasReceiptButHerSupervisorCan() {
        Desk d = desks.desk("hi", ScriptVariant.NATIVE);
        desks.deposit(d.member(), 100);
        send(d.mitraPhone(), "YES " + code(dep(d, 500)) + " " + PIN);
        long receipt = desks.count("SELECT result_id FROM sms_confirmation WHERE staff_id = ?1", d.mitra());
        long vo = desks.voOf(d.shg());

        String colleague = desks.phoneOf(desks.staff(vo, StaffRole.BANK_MITRA, "en"));
        assertEquals("Receipt " + receipt + " was posted by another mitra. Only she or your CRP can reverse it.",
                send(colleague, "UNDO " + receipt));
        String hindiColleague = desks.phoneOf(desks.staff(vo, StaffRole.BANK_MITRA, "hi"));
        assertEquals("रसीद " + receipt + " दूसरी मित्र की है। वही या आपकी CRP उलट सकती है।", send(hindiColleague, "UNDO " + receipt));
        String elsewhere = desks.phoneOf(desks.staff(desks.voOf(fixtures.shg()), StaffRole.CRP, "en"));
        assertEquals("Receipt " + receipt + " is not in your area.", send(elsewhere, "UNDO " + receipt));
        assertEquals(60_000, savings.balancePaise(d.member()));

        // The VO's CRP supervises its mitras: she may undo, confirmed with her own code and PIN.
        String crp = desks.phoneOf(desks.staff(vo, StaffRole.CRP, "en"));
        assertEquals("Only a bank mitra can post money by SMS.", send(crp, "DEP " + d.shgCode() + " 1 500"));
        String ask = send(crp, "undo " + receipt);
        assertTrue(ask.startsWith("Reverse receipt " + receipt + ": Rs 500 for Sunita Devi (" + d.shgCode() + ")? Reply YES "), ask);
        assertEquals(60_000, savings.balancePaise(d.member()));
        assertEquals("Add your PIN: YES " + code(ask) + " <PIN>. Nothing posted.", send(crp, "YES " + code(ask)));
        assertEquals("Code " + code(ask) + " not found. Nothing posted.", send(d.mitraPhone(), "YES " + code(ask) + " " + PIN));
        Map<String, String> yes = form(sid(), crp, "YES " + code(ask) + " " + PIN);
        String done = twiml(yes);
        assertEquals("Receipt " + receipt + " reversed: Rs 500 for Sunita Devi (" + d.shgCode() + "). She gets an SMS.",
                replyOf(done));
        assertEquals(done, twiml(yes));
        assertEquals(10_000, savings.balancePaise(d.member()));
        assertEquals(1, desks.count("SELECT COUNT(*) FROM savings_txn WHERE member_id = ?1 AND reverses_txn_id = ?2",
                d.member(), receipt));
        assertEquals("reversal_deposit", desks.outboxTo(d.memberPhone()).get(0)[0]);
    }

    @Test
    void herOwnUndoIsConfirmedWithHerPin() {
        Desk d = desks.desk("en", ScriptVariant.NATIVE);
        send(d.mitraPhone(), "YES " + code(dep(d, 800)) + " " + PIN);
        long receipt = desks.count("SELECT result_id FROM sms_confirmation WHERE staff_id = ?1", d.mitra());
        String ask = send(d.mitraPhone(), "UNDO " + receipt);
        assertEquals("Wrong PIN. Nothing posted. 2 tries left.", send(d.mitraPhone(), "YES " + code(ask) + " 9999"));
        assertEquals(80_000, savings.balancePaise(d.member()));
        assertTrue(send(d.mitraPhone(), "YES " + code(ask) + " " + PIN).startsWith("Receipt " + receipt + " reversed"));
        assertEquals(0, savings.balancePaise(d.member()));
        assertEquals("Receipt " + receipt + " was already reversed.", send(d.mitraPhone(), "UNDO " + receipt));
    }

    @Test
    void oneNumberGetsThirtyMoneyAnswersPerTenMinutesThenOneNoticeThenSilence() {
        Desk d = desks.desk("en", ScriptVariant.NATIVE);
        for (int i = 0; i < 30; i++) {
            assertEquals("Send NO and the 6-digit code: NO <code>", send(d.mitraPhone(), "NO"));
        }
        assertEquals("Too many messages from this number. Wait 10 min: nothing more is answered till then.",
                send(d.mitraPhone(), "NO"));
        assertEquals("", send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 500"));
        assertEquals(0, desks.count("SELECT COUNT(*) FROM sms_confirmation WHERE staff_id = ?1", d.mitra()));
        assertEquals(2, desks.count("SELECT COUNT(*) FROM sms_inbound WHERE from_number = ?1 AND kind = 'RATE_LIMITED'",
                d.mitraPhone()));
        timePasses("SENDER:" + d.mitraPhone());
        assertTrue(dep(d, 500).startsWith("Deposit Rs 500 for Sunita Devi"));
    }

    @Test
    void refusalsAreHerLanguageAndNeverTheLedgersCodes() {
        Desk d = desks.desk("en", ScriptVariant.NATIVE);
        long hindiMitra = desks.staff(desks.voOf(d.shg()), StaffRole.BANK_MITRA, "hi");
        String hindi = desks.phoneOf(hindiMitra);
        String code = code(send(hindi, "DEP " + d.shgCode() + " 1 500"));
        assertEquals("PIN भी भेजें: YES " + code + " <PIN>। कुछ जमा नहीं हुआ।", send(hindi, "YES " + code));
        assertEquals("गलत PIN। कुछ जमा नहीं हुआ। 2 मौके बाकी।", send(hindi, "YES " + code + " 1111"));
        assertEquals("भेजें: YES <6 अंक का कोड> <PIN>", send(hindi, "हाँ"));

        // The issue's attack: a posting elsewhere took this confirmation's idempotency key first.
        long confirmation = desks.count("SELECT id FROM sms_confirmation WHERE staff_id = ?1 AND status = 'PENDING'",
                hindiMitra);
        savings.deposit(d.member(), 100, PostingContext.of("sms-confirm:" + confirmation, Channel.API, "api:test", LocalDate.now()));
        String refused = send(hindi, "YES " + code + " " + PIN);
        assertEquals("कुछ जमा नहीं हुआ: खाते ने मना किया। दफ़्तर से पूछें।", refused);
        String english = code(dep(d, 500));
        long second = desks.count("SELECT id FROM sms_confirmation WHERE staff_id = ?1 AND status = 'PENDING'", d.mitra());
        savings.deposit(d.member(), 100, PostingContext.of("sms-confirm:" + second, Channel.API, "api:test", LocalDate.now()));
        assertEquals("Nothing posted: the books refused it. Ask the office.", send(d.mitraPhone(), "YES " + english + " " + PIN));
        assertFalse(desks.count("SELECT COUNT(*) FROM sms_inbound WHERE reply LIKE '%idempotency%'") > 0);
        assertEquals(200, savings.balancePaise(d.member()));
    }
}
