package org.sakhiline.channel.voice;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.members.Member;
import org.sakhiline.books.pins.MemberPinResets;
import org.sakhiline.books.pins.MemberPins;
import org.sakhiline.books.pins.PinCheck;
import org.sakhiline.books.pins.PinLockout;
import org.sakhiline.books.pins.PinStatus;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.ConsoleAuth;
import org.sakhiline.testing.TwilioStubResource;
import org.sakhiline.testing.TwilioVoiceDriver;
import org.sakhiline.testing.TwilioVoiceDriver.Call;
import org.sakhiline.testing.TwilioVoiceDriver.Turn;

/**
 * Issue 15, attack 2 and the PIN lockout, replayed over the real protocols: Twilio-signed voice webhooks and
 * Africa's Talking USSD posts. A caller ID never sets a first PIN; a one-time code by SMS does.
 */
@QuarkusTest
@QuarkusTestResource(TwilioStubResource.class)
class VoicePinSecurityTest {

    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    @Inject
    VoiceFixtures fixtures;

    @Inject
    MemberPins pins;

    @Inject
    MemberPinResets resets;

    @Inject
    EntityManager em;

    @Test
    void aCallerIdAloneNeitherSetsTheFirstPinNorRevealsTheBalance() {
        String phone = BooksFixtures.phone();
        long id = fixtures.member("Priya Sharma", null, "en", phone, null, 1_25_300);
        Call call = TwilioVoiceDriver.dial(phone);
        assertTrue(call.turn().said().contains("No PIN yet."), call.turn().said());
        // The attack as reported: "5678", "5678", "1".
        Turn first = call.press("5678");
        Turn second = call.press("5678");
        Turn third = call.press("1");
        for (Turn t : List.of(call.turn(), first, second)) {
            assertFalse(t.said().contains("rupees") || t.said().contains("savings"), t.said());
        }
        assertTrue(third.said().contains("Please enter the 6 digit code from the SMS"), third.said());
        assertFalse(resets.status(id).pinSet(), "no PIN may be set on a caller ID");
        // Keying a PIN where the code is asked sets nothing either.
        Turn guess = third.gather() == null ? third : call.press("5678");
        assertFalse(guess.said().contains("rupees"), guess.said());
        assertFalse(resets.status(id).pinSet());
        // The code went to her own phone, not to whoever called.
        assertEquals(1, codesSentTo(phone).size());
    }

    @Test
    void theCodeSentBySmsLetsHerSetHerPinOnTheCall() {
        String phone = BooksFixtures.phone();
        long id = fixtures.member("Priya Sharma", null, "en", phone, null, 1_25_300);
        Call call = TwilioVoiceDriver.dial(phone);
        call.press("1");
        List<Object[]> sms = codesSentTo(phone);
        assertEquals(1, sms.size());
        String body = (String) sms.get(0)[0];
        assertEquals("pin_code", sms.get(0)[1]);
        assertEquals("en", sms.get(0)[2]);
        assertTrue(body.startsWith("SakhiLine code ") && body.contains("Valid 10 min. Do not share it."), body);
        Matcher m = CODE.matcher(body);
        assertTrue(m.find(), body);
        String code = m.group(1);
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT code_hash FROM member_pin_code WHERE member_id = ?1").setParameter(1, id).getSingleResult());
        assertFalse(stored.contains(code), "the code is kept only as a hash");
        long messageId = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT MAX(id) FROM outbox_message WHERE recipient = ?1 AND template_key = 'pin_code'")
                .setParameter(1, phone).getSingleResult()).longValue());
        ConsoleAuth.Session admin = ConsoleAuth.signInAsAdmin();
        for (String page : List.of("/admin/outbox", "/admin/outbox/" + messageId)) {
            String html = admin.given().get(page).then().statusCode(200).extract().asString();
            assertFalse(html.contains(code), "the console never shows a live code: " + page);
        }

        Turn newPin = call.press(code);
        assertEquals("Please choose a new 4 digit PIN, then press hash.", newPin.said());
        call.press("2468");
        Turn saved = call.press("2468");
        assertTrue(saved.said().startsWith("PIN saved."), saved.said());
        assertTrue(pins.verify(id, "2468", Instant.now()).isOk());
        // Used once: a second call cannot reuse it.
        Call again = TwilioVoiceDriver.dial(phone);
        assertTrue(again.turn().said().contains("For Savings, press 1."), again.turn().said());
    }

    @Test
    void wrongCodesUseTheCodeUpAndSendsAreLimited() {
        String phone = BooksFixtures.phone();
        long id = fixtures.member("Priya Sharma", null, "en", phone, null, 100);
        Call call = TwilioVoiceDriver.dial(phone);
        call.press("1");
        String code = lastCode(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertTrue(call.press(wrong).said().startsWith("Wrong code. Tries left: two."), call.turn().said());
        call.press(wrong);
        Turn spent = call.press(wrong);
        assertTrue(spent.hangup());
        assertTrue(spent.said().startsWith("This code is no longer valid."), spent.said());

        // The right code, keyed on a new call after a new one was sent, is refused: one live code, used up.
        Call second = TwilioVoiceDriver.dial(phone);
        second.press("1");
        String newer = lastCode(phone);
        if (!newer.equals(code)) {
            assertTrue(second.press(code).said().startsWith("Wrong code."), second.turn().said());
        }
        Call third = TwilioVoiceDriver.dial(phone);
        third.press("1");
        Call fourth = TwilioVoiceDriver.dial(phone);
        Turn limit = fourth.press("1");
        assertTrue(limit.said().startsWith("No more codes today."), limit.said());
        assertTrue(limit.hangup());
        assertEquals(3, codesSentTo(phone).size());
        assertFalse(resets.status(id).pinSet());
    }

    @Test
    void theDailyBudgetCountsWrongPinsOnUssdAndVoiceTogether() {
        String phone = BooksFixtures.phone();
        long id = fixtures.member("Rani Devi", null, "en", phone, "1234", 100);
        // Two wrong and the right one, alternately on USSD and voice: never three in a row.
        for (int round = 0; round < 3; round++) {
            if (round % 2 == 0) {
                Ussd u = new Ussd(phone);
                u.send("1");
                assertTrue(u.send("1111").contains("Tries left: 2"));
                assertTrue(u.send("1111").contains("Tries left: 1"));
                assertTrue(u.send("1234").contains("Your savings"));
            } else {
                Call c = TwilioVoiceDriver.dial(phone);
                c.press("1");
                assertTrue(c.press("1111").said().startsWith("Wrong PIN. You have two tries left."), c.turn().said());
                c.press("1111");
                assertTrue(c.press("1234").said().startsWith("Your savings are"), c.turn().said());
            }
        }
        assertEquals(6, resets.status(id).wrongInWindow());
        Call c = TwilioVoiceDriver.dial(phone);
        c.press("1");
        assertTrue(c.press("1111").said().startsWith("Wrong PIN. You have one tries left."), c.turn().said());
        Turn spent = c.press("1111");
        assertTrue(spent.said().startsWith("Your PIN is locked."), spent.said());
        // The right PIN on USSD is refused until the day's window ends.
        Ussd u = new Ussd(phone);
        u.send("1");
        assertTrue(u.send("1234").startsWith("END PIN locked."), "locked across channels");
        PinStatus status = resets.status(id);
        assertEquals(PinLockout.DAILY_WRONG_BUDGET, status.wrongInWindow());
        assertTrue(status.lockedUntil().isAfter(Instant.now().plusSeconds(23 * 3600)), status.toString());
    }

    @Test
    void threeRunsOfWrongPinsHoldThePinUntilStaffReleaseIt() {
        String phone = BooksFixtures.phone();
        long id = fixtures.member("Rani Devi", null, "en", phone, "1234", 100);
        Instant t = Instant.now();
        for (int run = 0; run < 2; run++) {
            for (int i = 0; i < 3; i++) {
                pins.verify(id, "0000", t);
            }
            t = t.plusSeconds(5 * 3600); // past the 30-minute, then the 4-hour lock
        }
        assertEquals(PinCheck.Outcome.WRONG, pins.verify(id, "0000", t).outcome());
        // The 8th wrong try in the day spends the budget; the run's third would hold it.
        assertEquals(PinCheck.Outcome.LOCKED, pins.verify(id, "0000", t).outcome());
        QuarkusTransaction.requiringNew().run(() -> {
            Member m = Member.findById(id);
            m.pinLockedUntil = null; // as if the budget's day were over, with the run still going
            m.pinWrongWindowStart = null;
            m.pinWrongInWindow = 0;
        });
        PinCheck held = pins.verify(id, "0000", t);
        assertTrue(held.held(), held.toString());
        Ussd u = new Ussd(phone);
        u.send("1");
        assertEquals("END PIN blocked. Ask your group leader or staff to reset it.", u.send("1234"));
        resets.reset(id, false);
        assertTrue(pins.verify(id, "1234", Instant.now()).isOk(), "released: her own PIN works again");
    }

    private List<Object[]> codesSentTo(String phone) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT body, template_key, language FROM outbox_message"
                    + " WHERE recipient = ?1 AND template_key = 'pin_code' ORDER BY id").setParameter(1, phone).getResultList();
            return rows;
        });
    }

    private String lastCode(String phone) {
        List<Object[]> rows = codesSentTo(phone);
        Matcher m = CODE.matcher((String) rows.get(rows.size() - 1)[0]);
        assertTrue(m.find());
        return m.group(1);
    }

    /** An Africa's Talking USSD session: the network names the caller. */
    private static final class Ussd {
        private final String id = "pins-" + UUID.randomUUID();
        private final String phone;
        private final StringBuilder text = new StringBuilder();

        Ussd(String phone) {
            this.phone = phone;
            assertNotEquals("", post(""));
        }

        String send(String input) {
            text.append(text.length() == 0 ? "" : "*").append(input);
            return post(text.toString());
        }

        private String post(String t) {
            return given().header("X-Gateway-Key", "test-gateway-secret").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("sessionId", id).formParam("serviceCode", "*384*55#").formParam("phoneNumber", phone)
                    .formParam("text", t).post("/ussd/africastalking").then().statusCode(200).extract().asString();
        }
    }
}
