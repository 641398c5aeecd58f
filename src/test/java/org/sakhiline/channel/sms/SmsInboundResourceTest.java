package org.sakhiline.channel.sms;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.loans.ChargeMethod;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.books.loans.LoanFrequency;
import org.sakhiline.books.loans.LoanService;
import org.sakhiline.books.loans.NewLoan;
import org.sakhiline.books.loans.RatePeriod;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.MemberRole;
import org.sakhiline.books.members.MemberStatus;
import org.sakhiline.books.members.NewMember;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.books.org.OrgUnit;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.books.staff.NewStaff;
import org.sakhiline.books.staff.StaffDirectory;
import org.sakhiline.books.staff.StaffRole;
import org.sakhiline.reminders.SmsSubscriptionRequest;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.TwilioSignatures;
import org.sakhiline.testing.TwilioStubResource;

@QuarkusTest
@QuarkusTestResource(TwilioStubResource.class)
class SmsInboundResourceTest {

    /** %test sakhiline.public-base-url + the webhook path: what Twilio signs. */
    private static final String PUBLIC_URL = "https://sakhiline.test/sms/twilio";
    private static final AtomicLong SID = new AtomicLong();
    private static final Pattern CODE = Pattern.compile("YES ([0-9]{4})");

    @Inject
    BooksFixtures fixtures;

    @Inject
    MemberDirectory directory;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    SavingsService savings;

    @Inject
    LoanService loans;

    @Inject
    EntityManager em;

    @Inject
    SmsSubscriptionRecorder subscriptions;

    // ---------------------------------------------------------------- helpers

    private static String sid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    private static Map<String, String> form(String sid, String from, String body) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("MessageSid", sid);
        f.put("SmsSid", sid);
        f.put("AccountSid", TwilioStubResource.ACCOUNT_SID);
        f.put("From", from);
        f.put("To", TwilioStubResource.FROM);
        f.put("Body", body);
        f.put("NumSegments", "1");
        f.put("NumMedia", "0");
        f.put("ApiVersion", "2010-04-01");
        return f;
    }

    private static ValidatableResponse post(Map<String, String> form, String signature) {
        var request = given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form);
        if (signature != null) {
            request = request.header("X-Twilio-Signature", signature);
        }
        return request.when().post("/sms/twilio").then();
    }

    private static String twiml(Map<String, String> form) {
        return post(form, TwilioSignatures.sign(TwilioStubResource.AUTH_TOKEN, PUBLIC_URL, form))
                .statusCode(200).extract().asString();
    }

    /** Sends a signed SMS and returns the inline reply ("" for an empty Response). */
    private static String send(String from, String body) {
        return replyOf(twiml(form(sid(), from, body)));
    }

    private static String replyOf(String twiml) {
        Matcher m = Pattern.compile("<Message>(.*)</Message>", Pattern.DOTALL).matcher(twiml);
        return m.find() ? m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replace("&apos;", "'").replace("&quot;", "\"") : "";
    }

    private long member(long shg, String name, String nameNative, String lang, ScriptVariant script, String... phones) {
        return directory.createMember(new NewMember(shg, null, name, nameNative, lang, script, MemberRole.MEMBER,
                LocalDate.of(2021, 1, 1), List.of(phones))).memberId();
    }

    private void deposit(long memberId, long rupees) {
        savings.deposit(memberId, rupees * 100, PostingContext.of(BooksFixtures.unique("dep"), Channel.API, "api:test",
                LocalDate.now()));
    }

    private long staff(long orgUnitId, StaffRole role, String lang) {
        return staffDirectory.createStaff(new NewStaff("Rupa Sinha", BooksFixtures.phone(), role, orgUnitId, lang)).staffId();
    }

    private String phoneOf(long staffId) {
        return staffDirectory.staff(staffId).orElseThrow().phoneE164();
    }

    private String shgCode(long shg) {
        return QuarkusTransaction.requiringNew().call(() -> OrgUnit.<OrgUnit>findById(shg).code);
    }

    private long voOf(long shg) {
        return QuarkusTransaction.requiringNew().call(() -> OrgUnit.<OrgUnit>findById(shg).parentId);
    }

    private long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    private void sql(String sql, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }

    /** Outbox rows to a phone: [template_key, body, language, encoding, segments] newest first. */
    private List<Object[]> outboxTo(String phone) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT template_key, body, language, encoding, segments FROM outbox_message WHERE recipient = ?1"
                                + " ORDER BY id DESC", Object[].class)
                .setParameter(1, phone).getResultList());
    }

    private static String code(String reply) {
        Matcher m = CODE.matcher(reply);
        assertTrue(m.find(), "no code in: " + reply);
        return m.group(1);
    }

    /** A mitra at the SHG's VO, a Hindi member with a phone, ready for DEP. */
    private record Desk(long shg, String shgCode, long mitra, String mitraPhone, long member, String memberPhone) {}

    private Desk desk(String lang, ScriptVariant script) {
        long shg = fixtures.shg();
        long mitra = staff(voOf(shg), StaffRole.BANK_MITRA, "en");
        String phone = BooksFixtures.phone();
        long m = member(shg, "Sunita Devi", "सुनीता देवी", lang, script, phone);
        return new Desk(shg, shgCode(shg), mitra, phoneOf(mitra), m, phone);
    }

    // ---------------------------------------------------------------- signature and idempotency

    @Test
    void aBadOrMissingSignatureIsRefusedAndChangesNothing() {
        Desk d = desk("hi", ScriptVariant.NATIVE);
        Map<String, String> f = form(sid(), d.mitraPhone(), "DEP " + d.shgCode() + " 1 500");
        post(f, null).statusCode(403);
        post(f, TwilioSignatures.sign("another-token", PUBLIC_URL, f)).statusCode(403);
        post(f, TwilioSignatures.sign(TwilioStubResource.AUTH_TOKEN, "http://localhost:8081/sms/twilio", f)).statusCode(403);
        Map<String, String> tampered = new LinkedHashMap<>(f);
        String good = TwilioSignatures.sign(TwilioStubResource.AUTH_TOKEN, PUBLIC_URL, f);
        tampered.put("Body", "DEP " + d.shgCode() + " 1 50000");
        post(tampered, good).statusCode(403);
        assertEquals(0, count("SELECT COUNT(*) FROM sms_inbound WHERE message_sid = ?1", f.get("MessageSid")));
        assertEquals(0, count("SELECT COUNT(*) FROM sms_confirmation WHERE staff_id = ?1", d.mitra()));
        // The same request correctly signed goes through.
        assertTrue(replyOf(twiml(f)).contains("Reply YES"));
    }

    @Test
    void aRedeliveredMessageSidAnswersTheSameAndPostsNothingMore() {
        Desk d = desk("hi", ScriptVariant.NATIVE);
        Map<String, String> dep = form(sid(), d.mitraPhone(), "DEP " + d.shgCode() + " 1 500");
        String first = twiml(dep);
        assertEquals(first, twiml(dep));
        assertEquals(1, count("SELECT COUNT(*) FROM sms_confirmation WHERE staff_id = ?1", d.mitra()));

        Map<String, String> yes = form(sid(), d.mitraPhone(), "YES " + code(replyOf(first)));
        String confirmed = twiml(yes);
        assertTrue(replyOf(confirmed).startsWith("Done: Rs 500 deposited"), confirmed);
        assertEquals(confirmed, twiml(yes));
        assertEquals(50_000, savings.balancePaise(d.member()));
        assertEquals(1, outboxTo(d.memberPhone()).size());
    }

    @Test
    void concurrentDeliveriesOfOneSidPostOnce() throws Exception {
        Desk d = desk("en", ScriptVariant.NATIVE);
        String dep = send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 700");
        Map<String, String> yes = form(sid(), d.mitraPhone(), "YES " + code(dep));
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
        assertEquals(1, count("SELECT COUNT(*) FROM sms_inbound WHERE message_sid = ?1", yes.get("MessageSid")));
    }

    // ---------------------------------------------------------------- member commands

    @Test
    void balanceInEveryLanguageAndSpelling() {
        long shg = fixtures.shg();
        String en = BooksFixtures.phone();
        long priya = member(shg, "Priya Sharma", null, "en", ScriptVariant.NATIVE, en);
        deposit(priya, 125_300);
        for (String body : List.of("BAL", "bal", "  Bal. ", "balance?", "1", "B.A.L")) {
            assertEquals("Priya Sharma: your savings Rs 1,25,300.", send(en, body), body);
        }

        String hi = BooksFixtures.phone();
        long sunita = member(shg, "Sunita Devi", "सुनीता देवी", "hi", ScriptVariant.NATIVE, hi);
        deposit(sunita, 2_500);
        for (String body : List.of("बचत", "bachat", "BAL", "१")) {
            assertEquals("सुनीता देवी: आपकी बचत Rs 2,500", send(hi, body), body);
        }

        String hiLatn = BooksFixtures.phone();
        long rekha = member(shg, "Rekha Kumari", "रेखा कुमारी", "hi", ScriptVariant.ROMAN, hiLatn);
        deposit(rekha, 1_000);
        assertEquals("Rekha Kumari: aapki bachat Rs 1,000.", send(hiLatn, "Bachat!"));

        long co = fixtures.shg(org.sakhiline.books.org.MeetingFrequency.WEEKLY, 5, null, null, java.time.LocalTime.of(15, 0),
                "Asia/Karachi");
        String ur = BooksFixtures.phone();
        long fatima = member(co, "Fatima Bibi", "فاطمہ بی بی", "ur", ScriptVariant.NATIVE, ur);
        deposit(fatima, 125_300);
        assertEquals("فاطمہ بی بی: آپ کی بچت Rs 125,300", send(ur, "بچت"));

        String bn = BooksFixtures.phone();
        long sabita = member(shg, "Sabita Das", "সবিতা দাস", "bn", ScriptVariant.NATIVE, bn);
        deposit(sabita, 300);
        assertEquals("সবিতা দাস: আপনার সঞ্চয় Rs 300", send(bn, "সঞ্চয়"));
    }

    @Test
    void loanMeetingStatementAndHelp() {
        long shg = fixtures.shg();
        String phone = BooksFixtures.phone();
        long m = member(shg, "Geeta Devi", "गीता देवी", "hi", ScriptVariant.ROMAN, phone);
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
        deposit(m, 500);
        deposit(m, 200);
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
        long m = member(shg, "Anita Devi", "अनीता देवी", "hi", ScriptVariant.NATIVE, phone);
        deposit(m, 100);
        assertEquals("Bhasha badal gayi: Hindi. Madad ke liye HELP bhejein.", send(phone, "LANG hi-latn"));
        assertEquals("Anita Devi: aapki bachat Rs 100.", send(phone, "BAL"));
        assertEquals("Language changed: English. Send HELP for commands.", send(phone, "language english"));
        assertEquals("Anita Devi: your savings Rs 100.", send(phone, "bal"));
        assertTrue(send(phone, "LANG klingon").startsWith("Send LANG and a code"));
    }

    @Test
    void aSharedPhoneAsksWhichMember() {
        long shg = fixtures.shg();
        String phone = BooksFixtures.phone();
        long sita = member(shg, "Sita Devi", null, "en", ScriptVariant.NATIVE, phone);
        long geeta = member(shg, "Geeta Devi", null, "en", ScriptVariant.NATIVE, phone);
        deposit(sita, 100);
        deposit(geeta, 200);
        assertEquals("This phone has 2 members. Reply BAL 1 = Geeta Devi, BAL 2 = Sita Devi", send(phone, "bal"));
        assertEquals("Geeta Devi: your savings Rs 200.", send(phone, "BAL 1"));
        assertEquals("Sita Devi: your savings Rs 100.", send(phone, "bal2"));
        assertTrue(send(phone, "BAL 3").startsWith("This phone has 2 members."));
        assertTrue(send(phone, "1").endsWith("BAL 1 = Geeta Devi, BAL 2 = Sita Devi"));
        assertTrue(send(phone, "hello").startsWith("SakhiLine: send BAL"));
    }

    @Test
    void anUnknownPhoneGetsOneReplyPerDay() {
        String phone = BooksFixtures.phone();
        assertEquals("Yeh number SakhiLine mein darj nahin hai. Apni samooh leader se poochhein.", send(phone, "BAL"));
        assertEquals("", send(phone, "BAL"));
        assertEquals("", send(phone, "hello?"));
        assertEquals(3, count("SELECT messages FROM sms_unknown_sender WHERE phone = ?1", phone));
        sql("UPDATE sms_unknown_sender SET last_reply_at = last_reply_at - INTERVAL 25 HOUR WHERE phone = ?1", phone);
        assertTrue(send(phone, "BAL").startsWith("Yeh number"));
        assertEquals("", send(phone, "BAL"));
    }

    @Test
    void stopIsHandedToTheRemindersWorkAndAnsweredWithNothing() {
        String phone = BooksFixtures.phone();
        member(fixtures.shg(), "Mira Devi", null, "en", ScriptVariant.NATIVE, phone);
        assertEquals("", send(phone, "STOP"));
        assertEquals("", send(phone, "start"));
        List<SmsSubscriptionRequest> mine = subscriptions.seen().stream().filter(s -> s.phone().equals(phone)).toList();
        assertEquals(2, mine.size());
        assertEquals(SmsSubscriptionRequest.Action.STOP, mine.get(0).action());
        assertEquals(SmsSubscriptionRequest.Action.START, mine.get(1).action());
        // An unknown phone's STOP does not use up its one reply either.
        String stranger = BooksFixtures.phone();
        assertEquals("", send(stranger, "STOP"));
        assertEquals(0, count("SELECT COUNT(*) FROM sms_unknown_sender WHERE phone = ?1", stranger));
    }

    // ---------------------------------------------------------------- bank mitra

    @Test
    void depositConfirmedSendsTheMemberAReceiptInHerLanguage() {
        Desk d = desk("hi", ScriptVariant.NATIVE);
        deposit(d.member(), 1_000);
        String ask = send(d.mitraPhone(), "dep " + d.shgCode().toLowerCase() + " 1 Rs1,500 bank-77");
        assertTrue(ask.startsWith("Deposit Rs 1,500 for Sunita Devi (no. 1, " + d.shgCode() + ")? Reply YES "), ask);
        assertTrue(outboxTo(d.memberPhone()).isEmpty());
        assertEquals(100_000, savings.balancePaise(d.member()));

        String done = send(d.mitraPhone(), "YES " + code(ask));
        assertEquals(250_000, savings.balancePaise(d.member()));
        long txn = count("SELECT result_id FROM sms_confirmation WHERE staff_id = ?1", d.mitra());
        assertEquals("Done: Rs 1,500 deposited for Sunita Devi (" + d.shgCode() + "). Receipt " + txn + ". She gets an SMS.", done);
        assertEquals(1, count("SELECT COUNT(*) FROM savings_txn WHERE id = ?1 AND channel = 'SMS' AND actor = ?2"
                + " AND idempotency_key LIKE 'sms-confirm:%' AND external_ref = 'BANK-77'", txn, "staff:" + d.mitra()));
        List<Object[]> receipts = outboxTo(d.memberPhone());
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
        Desk d = desk("en", ScriptVariant.NATIVE);
        String code = code(send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 500"));
        assertEquals("Cancelled " + code + ". Nothing was posted.", send(d.mitraPhone(), "no " + code));
        assertEquals("Code " + code + " was cancelled. Nothing posted.", send(d.mitraPhone(), "YES " + code));

        String other = String.valueOf(Integer.parseInt(code) == 9999 ? 1000 : Integer.parseInt(code) + 1);
        String late = code(send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 600"));
        String unknown = late.equals(other) ? "0000" : other;
        assertEquals("Code " + unknown + " not found. Nothing posted.", send(d.mitraPhone(), "YES " + unknown));
        assertEquals("Send YES or NO with the 4-digit code.", send(d.mitraPhone(), "YES"));
        sql("UPDATE sms_confirmation SET expires_at = expires_at - INTERVAL 16 MINUTE WHERE staff_id = ?1 AND code = ?2",
                d.mitra(), late);
        assertEquals("Code " + late + " has expired. Nothing posted. Send it again.", send(d.mitraPhone(), "YES " + late));
        assertEquals(0, savings.balancePaise(d.member()));

        String ok = code(send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 700"));
        assertTrue(send(d.mitraPhone(), "YES " + ok).startsWith("Done: Rs 700"));
        String again = send(d.mitraPhone(), "YES " + ok);
        assertTrue(again.startsWith("Code " + ok + " was already used (receipt "), again);
        assertEquals(70_000, savings.balancePaise(d.member()));
    }

    @Test
    void aCodeOnlyWorksForTheMitraWhoAskedAndOnlyInHerScope() {
        Desk d = desk("en", ScriptVariant.NATIVE);
        long colleague = staff(voOf(d.shg()), StaffRole.BANK_MITRA, "en");
        String code = code(send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 500"));
        assertEquals("Code " + code + " not found. Nothing posted.", send(phoneOf(colleague), "YES " + code));

        long elsewhere = staff(voOf(fixtures.shg()), StaffRole.BANK_MITRA, "en");
        assertEquals(d.shgCode() + " is not in your area. Nothing posted.",
                send(phoneOf(elsewhere), "DEP " + d.shgCode() + " 1 500"));
        long crp = staff(voOf(d.shg()), StaffRole.CRP, "en");
        assertEquals("Only a bank mitra can post money by SMS.", send(phoneOf(crp), "DEP " + d.shgCode() + " 1 500"));
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
        Desk d = desk("en", ScriptVariant.NATIVE);
        String refused = "Amount must be whole rupees from 1 to Rs 50,000. Nothing posted.";
        for (String amount : List.of("0", "50001", "abc", "12.50", "-5")) {
            assertEquals(refused, send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 " + amount), amount);
        }
        assertTrue(send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 50000").startsWith("Deposit Rs 50,000 for"));
        assertEquals(0, count("SELECT COUNT(*) FROM sms_confirmation WHERE staff_id = ?1 AND amount_paise <> 5000000",
                d.mitra()));
    }

    @Test
    void repaymentGoesToTheOldestOpenLoan() {
        Desk d = desk("hi", ScriptVariant.ROMAN);
        assertEquals("Sunita Devi has no open loan. Nothing posted.", send(d.mitraPhone(), "REP " + d.shgCode() + " 1 500"));
        long loan = loans.create(new NewLoan(d.member(), FundSource.REVOLVING_FUND, 600_000, ChargeMethod.FLAT, 0, RatePeriod.MONTH,
                LoanFrequency.MONTHLY, 6, LocalDate.now().minusMonths(1), LocalDate.now(), 0), BooksFixtures.disbursal()).loanId();
        assertEquals("Rs 7,000 is more than her loan left (Rs 6,000). Nothing posted.",
                send(d.mitraPhone(), "REP " + d.shgCode() + " 1 7000"));
        String ask = send(d.mitraPhone(), "rep " + d.shgCode() + " 1 1000");
        assertTrue(ask.startsWith("Loan repayment Rs 1,000 for Sunita Devi"), ask);
        String done = send(d.mitraPhone(), "YES " + code(ask));
        long repayment = count("SELECT id FROM loan_repayment WHERE loan_id = ?1", loan);
        assertEquals("Done: loan repayment Rs 1,000 for Sunita Devi (" + d.shgCode() + "). Receipt L" + repayment
                + ". Loan left Rs 5,000.", done);
        Object[] receipt = outboxTo(d.memberPhone()).get(0);
        assertEquals("receipt_repayment", receipt[0]);
        assertTrue(((String) receipt[1]).endsWith("loan kisht Rs 1,000 jama. Baaki loan Rs 5,000."), (String) receipt[1]);
        assertEquals("GSM7", receipt[3]);

        assertEquals("Receipt L" + repayment + " reversed: Rs 1,000 for Sunita Devi (" + d.shgCode() + "). She gets an SMS.",
                send(d.mitraPhone(), "UNDO L" + repayment));
        assertEquals(600_000, loans.details(loan).outstandingPaise());
        assertEquals("reversal_repayment", outboxTo(d.memberPhone()).get(0)[0]);
    }

    @Test
    void undoWithinADayByTheMitraOrAColleagueOverTheGroup() {
        Desk d = desk("hi", ScriptVariant.NATIVE);
        deposit(d.member(), 100);
        send(d.mitraPhone(), "YES " + code(send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 500")));
        long txn = count("SELECT result_id FROM sms_confirmation WHERE staff_id = ?1", d.mitra());
        assertEquals(60_000, savings.balancePaise(d.member()));

        long outsider = staff(voOf(fixtures.shg()), StaffRole.BANK_MITRA, "en");
        assertEquals("Receipt " + txn + " is not in your area.", send(phoneOf(outsider), "UNDO " + txn));
        assertEquals("Receipt 999999999 not found among SMS receipts.", send(d.mitraPhone(), "UNDO 999999999"));

        long colleague = staff(voOf(d.shg()), StaffRole.BANK_MITRA, "en");
        assertEquals("Receipt " + txn + " reversed: Rs 500 for Sunita Devi (" + d.shgCode() + "). She gets an SMS.",
                send(phoneOf(colleague), "undo " + txn));
        assertEquals(10_000, savings.balancePaise(d.member()));
        Object[] notice = outboxTo(d.memberPhone()).get(0);
        assertEquals("reversal_deposit", notice[0]);
        assertEquals("सुनीता देवी: रसीद " + txn + " (Rs 500) रद्द। बचत Rs 100", notice[1]);
        assertEquals("Receipt " + txn + " was already reversed.", send(d.mitraPhone(), "UNDO " + txn));

        send(d.mitraPhone(), "YES " + code(send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 300")));
        long later = count("SELECT MAX(result_id) FROM sms_confirmation WHERE staff_id = ?1", d.mitra());
        sql("UPDATE sms_confirmation SET decided_at = decided_at - INTERVAL 25 HOUR WHERE kind = 'DEPOSIT' AND result_id = ?1",
                later);
        assertEquals("Receipt " + later + " is older than 24 hours. Ask the office to correct it.",
                send(d.mitraPhone(), "UNDO " + later));
        assertEquals(40_000, savings.balancePaise(d.member()));
    }

    @Test
    void aRefusalFromTheLedgerRollsBackAndIsStillAnsweredAndReplayed() {
        Desk d = desk("en", ScriptVariant.NATIVE);
        deposit(d.member(), 1_000); // enough that the SMS side's own overdraft check passes
        send(d.mitraPhone(), "YES " + code(send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 500")));
        long txn = count("SELECT result_id FROM sms_confirmation WHERE staff_id = ?1", d.mitra());
        // Reversed at the office meanwhile: the SMS table does not know, the ledger refuses the second reversal.
        savings.reverse(txn, PostingContext.of(BooksFixtures.unique("office"), Channel.BOOKKEEPER, "api:test", LocalDate.now()));
        Map<String, String> undo = form(sid(), d.mitraPhone(), "UNDO " + txn);
        String answer = twiml(undo);
        assertEquals("Not posted: the books refused it (already-reversed).", replyOf(answer));
        assertEquals(answer, twiml(undo));
        assertEquals(100_000, savings.balancePaise(d.member()));
        assertEquals(1, count("SELECT COUNT(*) FROM sms_inbound WHERE message_sid = ?1 AND kind = 'REFUSED'",
                undo.get("MessageSid")));
        assertEquals(0, count("SELECT COUNT(*) FROM sms_confirmation WHERE staff_id = ?1 AND reversal_id IS NOT NULL",
                d.mitra()));
        assertEquals(1, outboxTo(d.memberPhone()).size()); // the receipt only, no reversal notice
    }

    @Test
    void theMitraIsAnsweredInHerLanguage() {
        long shg = fixtures.shg();
        long mitra = staff(voOf(shg), StaffRole.BANK_MITRA, "hi");
        member(shg, "Sunita Devi", "सुनीता देवी", "hi", ScriptVariant.NATIVE, BooksFixtures.phone());
        String ask = send(phoneOf(mitra), "DEP " + shgCode(shg) + " 1 500");
        assertTrue(ask.startsWith("सुनीता देवी (नं. 1, " + shgCode(shg) + ") के Rs 500 जमा? 15 मिनट में YES "), ask);
        assertNotNull(code(ask));
        assertTrue(send(phoneOf(mitra), "help").startsWith("DEP/REP <SHG कोड>"));
        assertTrue(send(phoneOf(mitra), "BAL").startsWith("DEP/REP <SHG कोड>"));
    }
}
