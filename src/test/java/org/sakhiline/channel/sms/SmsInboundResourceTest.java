package org.sakhiline.channel.sms;

import static org.sakhiline.channel.sms.SignedSms.code;
import static org.sakhiline.channel.sms.SignedSms.form;
import static org.sakhiline.channel.sms.SignedSms.post;
import static org.sakhiline.channel.sms.SignedSms.replyOf;
import static org.sakhiline.channel.sms.SignedSms.send;
import static org.sakhiline.channel.sms.SignedSms.sid;
import static org.sakhiline.channel.sms.SignedSms.twiml;
import static org.sakhiline.channel.sms.SmsDesks.PIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.loans.ChargeMethod;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.books.loans.LoanFrequency;
import org.sakhiline.books.loans.LoanService;
import org.sakhiline.books.loans.NewLoan;
import org.sakhiline.books.loans.RatePeriod;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.MemberStatus;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.books.pins.MemberPins;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.books.staff.StaffRole;
import org.sakhiline.channel.sms.SmsDesks.Desk;
import org.sakhiline.reminders.SmsSubscriptionRequest;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.TwilioSignatures;
import org.sakhiline.testing.TwilioStubResource;

@QuarkusTest
@QuarkusTestResource(TwilioStubResource.class)
class SmsInboundResourceTest {

    @Inject
    SmsDesks desks;

    @Inject
    BooksFixtures fixtures;

    @Inject
    MemberDirectory directory;

    @Inject
    MemberPins memberPins;

    @Inject
    SavingsService savings;

    @Inject
    LoanService loans;

    @Inject
    SmsSubscriptionRecorder subscriptions;

    // ---------------------------------------------------------------- signature and idempotency

    @Test
    void aBadOrMissingSignatureIsRefusedAndChangesNothing() {
        Desk d = desks.desk("hi", ScriptVariant.NATIVE);
        Map<String, String> f = form(sid(), d.mitraPhone(), "DEP " + d.shgCode() + " 1 500");
        post(f, null).statusCode(403);
        post(f, TwilioSignatures.sign("another-token", SignedSms.PUBLIC_URL, f)).statusCode(403);
        post(f, TwilioSignatures.sign(TwilioStubResource.AUTH_TOKEN, "http://localhost:8081/sms/twilio", f)).statusCode(403);
        Map<String, String> tampered = new LinkedHashMap<>(f);
        String good = TwilioSignatures.sign(TwilioStubResource.AUTH_TOKEN, SignedSms.PUBLIC_URL, f);
        tampered.put("Body", "DEP " + d.shgCode() + " 1 50000");
        post(tampered, good).statusCode(403);
        assertEquals(0, desks.count("SELECT COUNT(*) FROM sms_inbound WHERE message_sid = ?1", f.get("MessageSid")));
        assertEquals(0, desks.count("SELECT COUNT(*) FROM sms_confirmation WHERE staff_id = ?1", d.mitra()));
        // The same request correctly signed goes through.
        assertTrue(replyOf(twiml(f)).contains("Reply YES"));
    }

    @Test
    void aRedeliveredMessageSidAnswersTheSameAndPostsNothingMore() {
        Desk d = desks.desk("hi", ScriptVariant.NATIVE);
        Map<String, String> dep = form(sid(), d.mitraPhone(), "DEP " + d.shgCode() + " 1 500");
        String first = twiml(dep);
        assertEquals(first, twiml(dep));
        assertEquals(1, desks.count("SELECT COUNT(*) FROM sms_confirmation WHERE staff_id = ?1", d.mitra()));

        Map<String, String> yes = form(sid(), d.mitraPhone(), "YES " + code(replyOf(first)) + " " + PIN);
        String confirmed = twiml(yes);
        assertTrue(replyOf(confirmed).startsWith("Done: Rs 500 deposited"), confirmed);
        assertEquals(confirmed, twiml(yes));
        assertEquals(50_000, savings.balancePaise(d.member()));
        assertEquals(1, desks.outboxTo(d.memberPhone()).size());
    }

    @Test
    void concurrentDeliveriesOfOneSidPostOnce() throws Exception {
        Desk d = desks.desk("en", ScriptVariant.NATIVE);
        String dep = send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 700");
        Map<String, String> yes = form(sid(), d.mitraPhone(), "YES " + code(dep) + " " + PIN);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> twiml(yes)));
            }
            String first = answers.get(0).get();
            for (var a : answers) {
                assertEquals(first, a.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(70_000, savings.balancePaise(d.member()));
        assertEquals(1, desks.count("SELECT COUNT(*) FROM sms_inbound WHERE message_sid = ?1", yes.get("MessageSid")));
    }

    // ---------------------------------------------------------------- member commands

    @Test
    void balanceInEveryLanguageAndSpelling() {
        long shg = fixtures.shg();
        String en = BooksFixtures.phone();
        long priya = desks.member(shg, "Priya Sharma", null, "en", ScriptVariant.NATIVE, en);
        desks.deposit(priya, 125_300);
        for (String body : List.of("BAL", "bal", "  Bal. ", "balance?", "1", "B.A.L")) {
            assertEquals("Priya Sharma: your savings Rs 1,25,300.", send(en, body), body);
        }

        String hi = BooksFixtures.phone();
        long sunita = desks.member(shg, "Sunita Devi", "सुनीता देवी", "hi", ScriptVariant.NATIVE, hi);
        desks.deposit(sunita, 2_500);
        for (String body : List.of("बचत", "bachat", "BAL", "१")) {
            assertEquals("सुनीता देवी: आपकी बचत Rs 2,500", send(hi, body), body);
        }

        String hiLatn = BooksFixtures.phone();
        long rekha = desks.member(shg, "Rekha Kumari", "रेखा कुमारी", "hi", ScriptVariant.ROMAN, hiLatn);
        desks.deposit(rekha, 1_000);
        assertEquals("Rekha Kumari: aapki bachat Rs 1,000.", send(hiLatn, "Bachat!"));

        long co = fixtures.shg(org.sakhiline.books.org.MeetingFrequency.WEEKLY, 5, null, null, java.time.LocalTime.of(15, 0),
                "Asia/Karachi");
        String ur = BooksFixtures.phone();
        long fatima = desks.member(co, "Fatima Bibi", "فاطمہ بی بی", "ur", ScriptVariant.NATIVE, ur);
        desks.deposit(fatima, 125_300);
        assertEquals("فاطمہ بی بی: آپ کی بچت Rs 125,300", send(ur, "بچت"));

        String bn = BooksFixtures.phone();
        long sabita = desks.member(shg, "Sabita Das", "সবিতা দাস", "bn", ScriptVariant.NATIVE, bn);
        desks.deposit(sabita, 300);
        assertEquals("সবিতা দাস: আপনার সঞ্চয় Rs 300", send(bn, "সঞ্চয়"));
    }

    @Test
    void loanMeetingStatementAndHelp() {
        long shg = fixtures.shg();
        String phone = BooksFixtures.phone();
        long m = desks.member(shg, "Geeta Devi", "गीता देवी", "hi", ScriptVariant.ROMAN, phone);
        assertEquals("Geeta Devi: aapka koi loan nahin hai.", send(phone, "karz"));
        loans.create(new NewLoan(m, FundSource.REVOLVING_FUND, 1_000_000, ChargeMethod.FLAT, 100, RatePeriod.MONTH,
                LoanFrequency.MONTHLY, 10, LocalDate.now().minusMonths(2), LocalDate.now().minusMonths(1), 0),
                BooksFixtures.disbursal());
        for (String body : List.of("KARZ", "karj", "loan", "कर्ज़", "2")) {
            String reply = send(phone, body);
            assertTrue(reply.startsWith("Geeta Devi: ") && reply.contains(" tak kisht Rs ") && reply.contains("bakaya Rs"),
                    body + " → " + reply);
        }
        for (String body : List.of("BAITHAK", "meet", "बैठक", "3")) {
            String reply = send(phone, body);
            assertTrue(reply.startsWith("Geeta Devi: agli baithak Wed, ") && reply.endsWith("subah 10:00, Anganwadi centre."),
                    body + " → " + reply);
        }
        assertEquals("Geeta Devi: abhi koi len-den nahin.", send(phone, "hisab"));
        desks.deposit(m, 500);
        desks.deposit(m, 200);
        String stmt = send(phone, "STMT");
        assertTrue(stmt.matches("Geeta Devi: [0-9]+ [A-Z][a-z]+ \\+Rs 200; [0-9]+ [A-Z][a-z]+ \\+Rs 500\\. Bachat Rs 700\\."), stmt);
        String help = send(phone, "what is this");
        assertTrue(help.startsWith("SakhiLine: bachat ke liye BACHAT"), help);
        assertEquals(help, send(phone, "HELP"));
        assertEquals(help, send(phone, ""));
    }

    @Test
    void languageChangeTakesEffect() {
        long shg = fixtures.shg();
        String phone = BooksFixtures.phone();
        long m = desks.member(shg, "Anita Devi", "अनीता देवी", "hi", ScriptVariant.NATIVE, phone);
        desks.deposit(m, 100);
        assertEquals("Bhasha badal gayi: Hindi. Madad ke liye HELP bhejein.", send(phone, "LANG hi-latn"));
        assertEquals("Anita Devi: aapki bachat Rs 100.", send(phone, "BAL"));
        assertEquals("Language changed: English. Send HELP for commands.", send(phone, "language english"));
        assertEquals("Anita Devi: your savings Rs 100.", send(phone, "bal"));
        assertTrue(send(phone, "LANG klingon").startsWith("Send LANG and a code"));
    }

    @Test
    void aSharedPhoneAsksWhichMemberAndHerPin() {
        long shg = fixtures.shg();
        String phone = BooksFixtures.phone();
        long sita = desks.member(shg, "Sita Devi", null, "en", ScriptVariant.NATIVE, phone);
        long geeta = desks.member(shg, "Geeta Devi", null, "en", ScriptVariant.NATIVE, phone);
        memberPins.setPin(sita, "1357");
        memberPins.setPin(geeta, "2468");
        desks.deposit(sita, 100);
        desks.deposit(geeta, 200);
        String choose = "This phone has 2 members: 1 = Geeta Devi, 2 = Sita Devi. Send BAL <number> <your PIN>.";
        assertEquals(choose, send(phone, "bal"));
        assertEquals(choose, send(phone, "BAL 3 2468"));
        assertEquals("Geeta Devi: add your PIN: BAL 1 <PIN>", send(phone, "BAL 1"));
        assertEquals("Geeta Devi: your savings Rs 200.", send(phone, "BAL 1 2468"));
        assertEquals("Sita Devi: your savings Rs 100.", send(phone, "bal2 1357"));
        assertTrue(send(phone, "MEET 2").startsWith("Sita Devi: next meeting "), "the group's meeting needs no PIN");
        assertTrue(send(phone, "hello").startsWith("SakhiLine: send BAL"));
        // The PIN never stays in what is stored of her message.
        assertEquals(1, desks.count("SELECT COUNT(*) FROM sms_inbound WHERE from_number = ?1 AND body = 'bal2 ****'", phone));
        assertEquals(0, desks.count("SELECT COUNT(*) FROM sms_inbound WHERE from_number = ?1 AND (body LIKE '%1357%'"
                + " OR body LIKE '%2468%' OR reply LIKE '%1357%' OR reply LIKE '%2468%')", phone));
    }

    @Test
    void anUnknownPhoneGetsOneReplyPerDay() {
        String phone = BooksFixtures.phone();
        assertEquals("Yeh number SakhiLine mein darj nahin hai. Apni samooh leader se poochhein.", send(phone, "BAL"));
        assertEquals("", send(phone, "BAL"));
        assertEquals("", send(phone, "hello?"));
        assertEquals(3, desks.count("SELECT messages FROM sms_unknown_sender WHERE phone = ?1", phone));
        desks.sql("UPDATE sms_unknown_sender SET last_reply_at = last_reply_at - INTERVAL 25 HOUR WHERE phone = ?1", phone);
        assertTrue(send(phone, "BAL").startsWith("Yeh number"));
        assertEquals("", send(phone, "BAL"));
    }

    @Test
    void stopIsHandedToTheRemindersWorkAndAnsweredWithNothing() {
        String phone = BooksFixtures.phone();
        desks.member(fixtures.shg(), "Mira Devi", null, "en", ScriptVariant.NATIVE, phone);
        assertEquals("", send(phone, "STOP"));
        assertEquals("", send(phone, "start"));
        List<SmsSubscriptionRequest> mine = subscriptions.seen().stream().filter(s -> s.phone().equals(phone)).toList();
        assertEquals(2, mine.size());
        assertEquals(SmsSubscriptionRequest.Action.STOP, mine.get(0).action());
        assertEquals(SmsSubscriptionRequest.Action.START, mine.get(1).action());
        // An unknown phone's STOP does not use up its one reply either.
        String stranger = BooksFixtures.phone();
        assertEquals("", send(stranger, "STOP"));
        assertEquals(0, desks.count("SELECT COUNT(*) FROM sms_unknown_sender WHERE phone = ?1", stranger));
    }

    // ---------------------------------------------------------------- bank mitra

    @Test
    void depositConfirmedSendsTheMemberAReceiptInHerLanguage() {
        Desk d = desks.desk("hi", ScriptVariant.NATIVE);
        desks.deposit(d.member(), 1_000);
        String ask = send(d.mitraPhone(), "dep " + d.shgCode().toLowerCase() + " 1 Rs1,500 bank-77");
        assertTrue(ask.startsWith("Deposit Rs 1,500 for Sunita Devi (no. 1, " + d.shgCode() + ")? Reply YES "), ask);
        assertTrue(desks.outboxTo(d.memberPhone()).isEmpty());
        assertEquals(100_000, savings.balancePaise(d.member()));

        String done = send(d.mitraPhone(), "YES " + code(ask) + " " + PIN);
        assertEquals(250_000, savings.balancePaise(d.member()));
        long txn = desks.count("SELECT result_id FROM sms_confirmation WHERE staff_id = ?1", d.mitra());
        assertEquals("Done: Rs 1,500 deposited for Sunita Devi (" + d.shgCode() + "). Receipt " + txn + ". She gets an SMS.", done);
        assertEquals(1, desks.count("SELECT COUNT(*) FROM savings_txn WHERE id = ?1 AND channel = 'SMS' AND actor = ?2"
                + " AND idempotency_key LIKE 'sms-confirm:%' AND external_ref = 'BANK-77'", txn, "staff:" + d.mitra()));
        List<Object[]> receipts = desks.outboxTo(d.memberPhone());
        assertEquals(1, receipts.size());
        Object[] r = receipts.get(0);
        assertEquals("receipt_deposit", r[0]);
        String body = (String) r[1];
        assertTrue(body.startsWith("सुनीता देवी: रसीद " + txn + ", ") && body.endsWith(" Rs 1,500 जमा। बचत Rs 2,500"), body);
        assertEquals("hi", r[2]);
        assertEquals("UCS2", r[3]);
        assertEquals(1, ((Number) r[4]).intValue());
    }

    @Test
    void noCancelsAndWrongLateOrUsedCodesPostNothing() {
        Desk d = desks.desk("en", ScriptVariant.NATIVE);
        String code = code(send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 500"));
        assertEquals("Cancelled " + code + ". Nothing was posted.", send(d.mitraPhone(), "no " + code));
        assertEquals("Code " + code + " was cancelled. Nothing posted.", send(d.mitraPhone(), "YES " + code + " " + PIN));

        String late = code(send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 600"));
        String unknown = late.equals("100000") ? "100001" : "100000";
        assertEquals("Code " + unknown + " not found. Nothing posted.", send(d.mitraPhone(), "YES " + unknown + " " + PIN));
        assertEquals("Send YES, the 6-digit code and your PIN: YES <code> <PIN>", send(d.mitraPhone(), "YES"));
        assertEquals("Send YES, the 6-digit code and your PIN: YES <code> <PIN>", send(d.mitraPhone(), "YES 4821 " + PIN));
        assertEquals("Send NO and the 6-digit code: NO <code>", send(d.mitraPhone(), "NO"));
        desks.sql("UPDATE sms_confirmation SET expires_at = expires_at - INTERVAL 16 MINUTE WHERE staff_id = ?1 AND code = ?2",
                d.mitra(), late);
        assertEquals("Code " + late + " has expired. Nothing posted. Send it again.",
                send(d.mitraPhone(), "YES " + late + " " + PIN));
        assertEquals(0, savings.balancePaise(d.member()));

        String ok = code(send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 700"));
        assertTrue(send(d.mitraPhone(), "YES " + ok + " " + PIN).startsWith("Done: Rs 700"));
        String again = send(d.mitraPhone(), "YES " + ok + " " + PIN);
        assertTrue(again.startsWith("Code " + ok + " was already used (receipt "), again);
        assertEquals(70_000, savings.balancePaise(d.member()));
    }

    @Test
    void aCodeOnlyWorksForTheMitraWhoAskedAndOnlyInHerScope() {
        Desk d = desks.desk("en", ScriptVariant.NATIVE);
        long colleague = desks.staff(desks.voOf(d.shg()), StaffRole.BANK_MITRA, "en");
        String code = code(send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 500"));
        assertEquals("Code " + code + " not found. Nothing posted.", send(desks.phoneOf(colleague), "YES " + code + " " + PIN));

        long elsewhere = desks.staff(desks.voOf(fixtures.shg()), StaffRole.BANK_MITRA, "en");
        assertEquals(d.shgCode() + " is not in your area. Nothing posted.",
                send(desks.phoneOf(elsewhere), "DEP " + d.shgCode() + " 1 500"));
        long crp = desks.staff(desks.voOf(d.shg()), StaffRole.CRP, "en");
        assertEquals("Only a bank mitra can post money by SMS.", send(desks.phoneOf(crp), "DEP " + d.shgCode() + " 1 500"));
        assertEquals("No group NO-SUCH-SHG. Nothing posted.", send(d.mitraPhone(), "DEP no-such-shg 1 500"));
        assertEquals("No member 99 in " + d.shgCode() + ". Nothing posted.", send(d.mitraPhone(), "DEP " + d.shgCode() + " 99 500"));
        assertEquals("Send: DEP <SHG code> <member no> <amount> [bank ref]", send(d.mitraPhone(), "DEP " + d.shgCode()));
        directory.setStatus(d.member(), MemberStatus.EXITED);
        assertEquals("Member 1 of " + d.shgCode() + " is not active. Nothing posted.",
                send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 500"));
        assertEquals(0, savings.balancePaise(d.member()));
    }

    @Test
    void amountsMustBeWholeRupeesWithinTheLimit() {
        Desk d = desks.desk("en", ScriptVariant.NATIVE);
        String refused = "Amount must be whole rupees from 1 to Rs 50,000. Nothing posted.";
        for (String amount : List.of("0", "50001", "abc", "12.50", "-5")) {
            assertEquals(refused, send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 " + amount), amount);
        }
        assertTrue(send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 50000").startsWith("Deposit Rs 50,000 for"));
        assertEquals(0, desks.count("SELECT COUNT(*) FROM sms_confirmation WHERE staff_id = ?1 AND amount_paise <> 5000000",
                d.mitra()));
    }

    @Test
    void repaymentGoesToTheOldestOpenLoan() {
        Desk d = desks.desk("hi", ScriptVariant.ROMAN);
        assertEquals("Sunita Devi has no open loan. Nothing posted.", send(d.mitraPhone(), "REP " + d.shgCode() + " 1 500"));
        long loan = loans.create(new NewLoan(d.member(), FundSource.REVOLVING_FUND, 600_000, ChargeMethod.FLAT, 0, RatePeriod.MONTH,
                LoanFrequency.MONTHLY, 6, LocalDate.now().minusMonths(1), LocalDate.now(), 0), BooksFixtures.disbursal()).loanId();
        assertEquals("Rs 7,000 is more than her loan left (Rs 6,000). Nothing posted.",
                send(d.mitraPhone(), "REP " + d.shgCode() + " 1 7000"));
        String ask = send(d.mitraPhone(), "rep " + d.shgCode() + " 1 1000");
        assertTrue(ask.startsWith("Loan repayment Rs 1,000 for Sunita Devi"), ask);
        String done = send(d.mitraPhone(), "YES " + code(ask) + " " + PIN);
        long repayment = desks.count("SELECT id FROM loan_repayment WHERE loan_id = ?1", loan);
        assertEquals("Done: loan repayment Rs 1,000 for Sunita Devi (" + d.shgCode() + "). Receipt L" + repayment
                + ". Loan left Rs 5,000.", done);
        Object[] receipt = desks.outboxTo(d.memberPhone()).get(0);
        assertEquals("receipt_repayment", receipt[0]);
        assertTrue(((String) receipt[1]).endsWith("loan kisht Rs 1,000 jama. Baaki loan Rs 5,000."), (String) receipt[1]);
        assertEquals("GSM7", receipt[3]);

        String undo = send(d.mitraPhone(), "UNDO L" + repayment);
        assertTrue(undo.startsWith("Reverse receipt L" + repayment + ": Rs 1,000 for Sunita Devi (" + d.shgCode() + ")? Reply YES "),
                undo);
        assertEquals(500_000, loans.details(loan).outstandingPaise());
        assertEquals("Receipt L" + repayment + " reversed: Rs 1,000 for Sunita Devi (" + d.shgCode() + "). She gets an SMS.",
                send(d.mitraPhone(), "YES " + code(undo) + " " + PIN));
        assertEquals(600_000, loans.details(loan).outstandingPaise());
        assertEquals("reversal_repayment", desks.outboxTo(d.memberPhone()).get(0)[0]);
    }

    @Test
    void undoWithinADayByTheMitraWhoPostedIt() {
        Desk d = desks.desk("hi", ScriptVariant.NATIVE);
        desks.deposit(d.member(), 100);
        send(d.mitraPhone(), "YES " + code(send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 500")) + " " + PIN);
        long txn = desks.count("SELECT result_id FROM sms_confirmation WHERE staff_id = ?1", d.mitra());
        assertEquals(60_000, savings.balancePaise(d.member()));

        long outsider = desks.staff(desks.voOf(fixtures.shg()), StaffRole.BANK_MITRA, "en");
        assertEquals("Receipt " + txn + " is not in your area.", send(desks.phoneOf(outsider), "UNDO " + txn));
        assertEquals("Receipt 999999999 not found among SMS receipts.", send(d.mitraPhone(), "UNDO 999999999"));

        assertEquals("Receipt " + txn + " reversed: Rs 500 for Sunita Devi (" + d.shgCode() + "). She gets an SMS.",
                send(d.mitraPhone(), "YES " + code(send(d.mitraPhone(), "undo " + txn)) + " " + PIN));
        assertEquals(10_000, savings.balancePaise(d.member()));
        Object[] notice = desks.outboxTo(d.memberPhone()).get(0);
        assertEquals("reversal_deposit", notice[0]);
        assertEquals("सुनीता देवी: रसीद " + txn + " (Rs 500) रद्द। बचत Rs 100", notice[1]);
        assertEquals("Receipt " + txn + " was already reversed.", send(d.mitraPhone(), "UNDO " + txn));

        send(d.mitraPhone(), "YES " + code(send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 300")) + " " + PIN);
        long later = desks.count("SELECT MAX(result_id) FROM sms_confirmation WHERE staff_id = ?1", d.mitra());
        desks.sql("UPDATE sms_confirmation SET decided_at = decided_at - INTERVAL 25 HOUR WHERE kind = 'DEPOSIT' AND result_id = ?1",
                later);
        assertEquals("Receipt " + later + " is older than 24 hours. Ask the office to correct it.",
                send(d.mitraPhone(), "UNDO " + later));
        assertEquals(40_000, savings.balancePaise(d.member()));
    }

    @Test
    void aRefusalFromTheLedgerRollsBackAndIsStillAnsweredAndReplayed() {
        Desk d = desks.desk("en", ScriptVariant.NATIVE);
        desks.deposit(d.member(), 1_000); // enough that the SMS side's own overdraft check passes
        send(d.mitraPhone(), "YES " + code(send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 500")) + " " + PIN);
        long txn = desks.count("SELECT result_id FROM sms_confirmation WHERE staff_id = ?1", d.mitra());
        // Reversed at the office meanwhile: the SMS table does not know, the ledger refuses the second reversal.
        savings.reverse(txn, PostingContext.of(BooksFixtures.unique("office"), Channel.BOOKKEEPER, "api:test", LocalDate.now()));
        String ask = send(d.mitraPhone(), "UNDO " + txn);
        Map<String, String> undo = form(sid(), d.mitraPhone(), "YES " + code(ask) + " " + PIN);
        String answer = twiml(undo);
        assertEquals("Nothing posted: it was already reversed.", replyOf(answer));
        assertEquals(answer, twiml(undo));
        assertEquals(100_000, savings.balancePaise(d.member()));
        assertEquals(1, desks.count("SELECT COUNT(*) FROM sms_inbound WHERE message_sid = ?1 AND kind = 'REFUSED'",
                undo.get("MessageSid")));
        assertEquals(0, desks.count("SELECT COUNT(*) FROM sms_confirmation WHERE staff_id = ?1 AND reversal_id IS NOT NULL",
                d.mitra()));
        assertEquals(1, desks.outboxTo(d.memberPhone()).size()); // the receipt only, no reversal notice
    }

    @Test
    void theMitraIsAnsweredInHerLanguage() {
        long shg = fixtures.shg();
        long mitra = desks.staff(desks.voOf(shg), StaffRole.BANK_MITRA, "hi");
        desks.member(shg, "Sunita Devi", "सुनीता देवी", "hi", ScriptVariant.NATIVE, BooksFixtures.phone());
        String ask = send(desks.phoneOf(mitra), "DEP " + desks.shgCode(shg) + " 1 500");
        assertTrue(ask.startsWith("सुनीता देवी (नं. 1, " + desks.shgCode(shg) + ") के Rs 500 जमा? 15 मिनट में YES "), ask);
        assertNotNull(code(ask));
        assertTrue(send(desks.phoneOf(mitra), "help").startsWith("DEP/REP <SHG कोड>"));
        assertTrue(send(desks.phoneOf(mitra), "BAL").startsWith("DEP/REP <SHG कोड>"));
    }
}
