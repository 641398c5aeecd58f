package org.sakhiline.channel;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.books.org.OrgUnit;
import org.sakhiline.books.pins.StaffPins;
import org.sakhiline.books.staff.NewStaff;
import org.sakhiline.books.staff.StaffDirectory;
import org.sakhiline.books.staff.StaffRole;
import org.sakhiline.channel.ussd.UssdTestMembers;
import org.sakhiline.messaging.OutboxDispatcher;
import org.sakhiline.reminders.ReminderChannel;
import org.sakhiline.reminders.ReminderKind;
import org.sakhiline.reminders.ReminderPlanner;
import org.sakhiline.reminders.ReminderRuleRequest;
import org.sakhiline.reminders.ReminderRuleService;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.ConsoleAuth;
import org.sakhiline.testing.TwilioApiStub;
import org.sakhiline.testing.TwilioSignatures;
import org.sakhiline.testing.TwilioStubResource;

/**
 * A phone identifies a handset, not a woman. After she exits, or after her number is taken off her record
 * and given to someone else, the number answers as its present holder on USSD (Africa's Talking form posts)
 * and Twilio-signed SMS, sessions begun as her start over, and nothing still waiting for her in the outbox
 * (receipts, reminders) goes to it. Changes are made over the API, as an administrator would.
 */
@QuarkusTest
@QuarkusTestResource(TwilioStubResource.class)
class PhoneFollowsMemberTest {

    private static final String GATEWAY_KEY = "test-gateway-secret";
    private static final String SMS_URL = "https://sakhiline.test/sms/twilio";
    private static final String MAIN_MENU = "CON 1 Savings\n2 Loan dues\n3 Next meeting\n4 Mini statement\n5 Language\n6 Change PIN";
    private static final String UNKNOWN_USSD = "END यह नंबर दर्ज नहीं है। अपनी समूह लीडर से पूछें।";
    private static final String UNKNOWN_SMS = "Yeh number SakhiLine mein darj nahin hai. Apni samooh leader se poochhein.";

    @Inject
    UssdTestMembers members;
    @Inject
    StaffDirectory staffDirectory;

    @Inject
    StaffPins staffPins;
    @Inject
    ReminderRuleService rules;
    @Inject
    ReminderPlanner planner;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    EntityManager em;

    /** One Africa's Talking session: sends every input so far joined by '*'. */
    private static final class Dial {
        final String id = "ATUid_" + UUID.randomUUID();
        final String phone;
        final StringBuilder text = new StringBuilder();

        Dial(String phone) {
            this.phone = phone;
        }

        String dial() {
            return post("");
        }

        String send(String input) {
            text.append(text.length() == 0 ? "" : "*").append(input);
            return post(text.toString());
        }

        private String post(String t) {
            return given().header("X-Gateway-Key", GATEWAY_KEY).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("sessionId", id).formParam("serviceCode", "*384*55#").formParam("phoneNumber", phone)
                    .formParam("networkCode", "62120").formParam("text", t)
                    .post("/ussd/africastalking").then().statusCode(200).extract().asString();
        }
    }

    /** A Twilio-signed inbound SMS; the inline reply, or "" for none. */
    private static String sms(String from, String body) {
        Map<String, String> f = new LinkedHashMap<>();
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        f.put("MessageSid", sid);
        f.put("SmsSid", sid);
        f.put("AccountSid", TwilioStubResource.ACCOUNT_SID);
        f.put("From", from);
        f.put("To", TwilioStubResource.FROM);
        f.put("Body", body);
        String twiml = given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(f)
                .header("X-Twilio-Signature", TwilioSignatures.sign(TwilioStubResource.AUTH_TOKEN, SMS_URL, f))
                .post("/sms/twilio").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("<Message>(.*)</Message>", Pattern.DOTALL).matcher(twiml);
        return m.find() ? m.group(1).replace("&apos;", "'").replace("&amp;", "&") : "";
    }

    private List<Object[]> outbox(String where, Object param) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT status, template_key, member_id, last_error FROM outbox_message WHERE " + where + " ORDER BY id",
                Object[].class).setParameter(1, param).getResultList());
    }

    private static String shgCode(long shg) {
        return QuarkusTransaction.requiringNew().call(() -> OrgUnit.<OrgUnit>findById(shg).code);
    }

    private static long parentOf(long shg) {
        return QuarkusTransaction.requiringNew().call(() -> OrgUnit.<OrgUnit>findById(shg).parentId);
    }

    @Test
    void anExitedMemberIsNoLongerHerPhoneOnAnyChannelAndGetsNoReminders() {
        long shg = members.shg();   // weekly, Wednesdays 10:00 Asia/Kolkata
        String phone = UssdTestMembers.phone();
        long asha = members.member(shg, "Asha Das", null, "en", ScriptVariant.NATIVE, "2468", phone);
        long beena = members.member(shg, "Beena Das", null, "en", ScriptVariant.NATIVE, null, UssdTestMembers.phone());
        members.deposit(asha, 50_000, LocalDate.of(2026, 2, 4));
        rules.create(new ReminderRuleRequest(shg, ReminderKind.MEETING, 1, LocalTime.of(18, 0), null, null,
                ReminderChannel.SMS, null, null, true));
        // Tuesday 3 March 2026, 18:00 IST: the reminder of Wednesday's meeting is waiting in the outbox.
        planner.plan(Instant.parse("2026-03-03T12:29:59Z"), Instant.parse("2026-03-03T12:30:00Z"));
        assertEquals("PENDING", outbox("dedupe_key LIKE ?1", "rem:mtg:" + asha + ":%").get(0)[0]);

        assertEquals("Asha Das: your savings Rs 500.", sms(phone, "BAL"));
        Dial open = new Dial(phone);
        assertEquals(MAIN_MENU, open.dial());

        ConsoleAuth.asAdmin().contentType(ContentType.JSON).body(Map.of("reason", "left the village"))
                .post("/api/v1/members/" + asha + "/exit").then().statusCode(200);

        // The session begun as her starts over and finds nobody; a new one too; SMS answers a stranger.
        assertEquals(UNKNOWN_USSD, open.send("1"));
        assertEquals(UNKNOWN_USSD, new Dial(phone).dial());
        assertEquals(UNKNOWN_SMS, sms(phone, "BAL"));

        // Her waiting reminder is withdrawn, and the next week's plans one for Beena only.
        List<Object[]> hers = outbox("dedupe_key LIKE ?1", "rem:mtg:" + asha + ":%");
        assertEquals(1, hers.size());
        assertEquals("CANCELLED", hers.get(0)[0]);
        planner.plan(Instant.parse("2026-03-10T12:29:00Z"), Instant.parse("2026-03-10T12:31:00Z"));
        assertEquals(1, outbox("dedupe_key LIKE ?1", "rem:mtg:" + asha + ":%").size());
        assertEquals(2, outbox("dedupe_key LIKE ?1", "rem:mtg:" + beena + ":%").size());
    }

    @Test
    void aNumberGivenToAnotherMemberAnswersForHerAndCarriesNoneOfTheOldOwnersMessages() {
        long shg = members.shg();
        String phone = UssdTestMembers.phone();
        long asha = members.member(shg, "Asha Das", null, "en", ScriptVariant.NATIVE, "2468", phone);
        long bimla = members.member(members.shg(), "Bimla Rai", null, "en", ScriptVariant.NATIVE, "1357", UssdTestMembers.phone());
        members.deposit(bimla, 30_000, LocalDate.of(2026, 2, 4));
        String mitra = BooksFixtures.phone();
        long rupa = staffDirectory.createStaff(new NewStaff("Rupa Sinha", mitra, StaffRole.BANK_MITRA, parentOf(shg), "en")).staffId();
        staffPins.setPin(rupa, "4321");

        Dial open = new Dial(phone);
        assertEquals(MAIN_MENU, open.dial());
        // A deposit for Asha is confirmed by her bank mitra: her receipt waits in the outbox for her number.
        Matcher code = Pattern.compile("YES ([0-9]{6})").matcher(sms(mitra, "DEP " + shgCode(shg) + " 1 500"));
        assertTrue(code.find());
        sms(mitra, "YES " + code.group(1) + " 4321");
        List<Object[]> receipt = outbox("recipient = ?1", phone);
        assertEquals(1, receipt.size());
        assertEquals("PENDING", receipt.get(0)[0]);
        assertEquals(asha, ((Number) receipt.get(0)[2]).longValue(), "the receipt names the member it is for");

        // The SIM is recycled: the number comes off Asha and goes to Bimla.
        ConsoleAuth.asAdmin().delete("/api/v1/members/" + asha + "/phones/" + phone).then().statusCode(200);
        ConsoleAuth.asAdmin().contentType(ContentType.JSON).body(Map.of("phone", phone))
                .post("/api/v1/members/" + bimla + "/phones").then().statusCode(200);

        assertEquals("CANCELLED", outbox("recipient = ?1", phone).get(0)[0]);
        TwilioApiStub stub = TwilioApiStub.current();
        stub.reset();
        dispatcher.dispatchOnce();
        assertEquals(List.of(), stub.receivedFor(phone), "Asha's receipt never reaches Bimla's handset");
        assertEquals("CANCELLED", outbox("recipient = ?1", phone).get(0)[0]);

        // The session begun as Asha starts over as Bimla; her PIN opens her own books.
        assertEquals(MAIN_MENU, open.send("1"));
        assertEquals("CON Enter your PIN:\n0 Back", open.send("1"));
        assertEquals("CON Your savings: Rs 300\n1 Mini statement\n0 Back", open.send("1357"));
        Dial fresh = new Dial(phone);
        fresh.dial();
        fresh.send("1");
        assertEquals("CON Wrong PIN. Tries left: 2\nEnter your PIN:\n0 Back", fresh.send("2468"), "Asha's PIN is not Bimla's");
        assertEquals("Bimla Rai: your savings Rs 300.", sms(phone, "BAL"));
    }
}
