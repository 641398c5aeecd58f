package org.sakhiline.channel.voice;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.pins.MemberPins;
import org.sakhiline.books.pins.PinCheck;
import org.sakhiline.channel.session.MenuSession;
import org.sakhiline.channel.session.MenuSessionStore;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.TwilioStubResource;
import org.sakhiline.testing.TwilioVoiceDriver.Call;
import org.sakhiline.testing.TwilioVoiceDriver.Turn;
import org.sakhiline.testing.TwilioVoiceDriver;

/** Whole calls through the webhooks, with the driver playing Twilio. */
@QuarkusTest
@QuarkusTestResource(TwilioStubResource.class)
class VoiceCallTest {

    private static final String GATHER = "https://sakhiline.test/voice/twilio/gather";

    @Inject
    VoiceFixtures fixtures;

    @Inject
    MenuSessionStore sessions;

    @Inject
    MemberPins pins;

    @Inject
    jakarta.persistence.EntityManager em;

    private static void assertMenu(Turn t) {
        assertEquals(200, t.status(), t.xml());
        assertTrue(t.contentType().startsWith("application/xml"), t.contentType());
        assertNotNull(t.gather(), t.xml());
        assertEquals("dtmf", t.gather().input());
        assertEquals(GATHER, t.gather().action());
        assertEquals(1, t.gather().numDigits());
        assertFalse(t.hangup());
    }

    @Test
    void aHindiCallHearsHerBalanceInWordsAndGoesBack() {
        String phone = BooksFixtures.phone();
        fixtures.member("Sunita Devi", "सुनीता देवी", "hi", phone, "1234", 1_25_300);

        Call call = TwilioVoiceDriver.dial(phone);
        Turn menu = call.turn();
        assertMenu(menu);
        assertEquals(List.of("hi-IN"), menu.languages());
        assertEquals("Polly.Aditi", menu.heard().get(0).voice());
        assertTrue(menu.said().startsWith("सखीलाइन में आपका स्वागत है। बचत के लिए 1 दबाएँ। लोन किस्त के लिए 2 दबाएँ।"), menu.said());
        assertTrue(menu.said().contains("फिर से सुनने के लिए स्टार दबाएँ।"), menu.said());
        assertFalse(menu.said().contains("वापस"), "the main menu has no back option: " + menu.said());
        assertEquals(GATHER + "?silence=1", menu.redirect());

        Turn pin = call.press("1");
        assertEquals("#", pin.gather().finishOnKey());
        assertNull(pin.gather().numDigits());
        assertEquals("कृपया अपना 4 अंकों का पिन दबाएँ, फिर हैश दबाएँ।", pin.said());

        Turn balance = call.press("1234");
        assertMenu(balance);
        assertEquals("आपकी बचत एक लाख पच्चीस हज़ार तीन सौ रुपये है। लेन-देन के लिए 1 दबाएँ। वापस जाने के लिए 0 दबाएँ। "
                + "फिर से सुनने के लिए स्टार दबाएँ।", balance.said());

        Turn back = call.press("0");
        assertMenu(back);
        assertTrue(back.said().startsWith("बचत के लिए 1 दबाएँ।"), back.said());
    }

    @Test
    void anUrduCallPlaysTheAmountFromRecordedFragments() {
        String phone = BooksFixtures.phone();
        fixtures.member("Nasreen Bibi", "نسرین بی بی", "ur", phone, "4321", 1_25_300);

        Call call = TwilioVoiceDriver.dial(phone);
        assertMenu(call.turn());
        assertEquals("", call.turn().said(), "Urdu is played, not spoken by TTS");
        assertEquals(List.of("ur/welcome", "ur/opt_balance", "ur/press", "ur/num_1", "ur/press.2"),
                call.turn().played().subList(0, 5));

        call.press("1");
        assertEquals(List.of("ur/enter_pin"), call.turn().played());
        Turn balance = call.press("4321");
        assertMenu(balance);
        assertEquals(List.of("ur/balance_is", "ur/num_1", "ur/lakh", "ur/num_25", "ur/thousand", "ur/num_3", "ur/hundred",
                        "ur/amount", "ur/balance_is.2",
                        "ur/opt_statement", "ur/press", "ur/num_1", "ur/press.2", "ur/press_back", "ur/press_repeat"),
                balance.played());
        // Twilio can fetch what it is told to play.
        String url = balance.heard().get(1).play();
        assertEquals("https://sakhiline.test/voice/audio/ur/num_1.mp3", url);
        given().when().get("/voice/audio/ur/num_1.mp3").then().statusCode(200).contentType("audio/mpeg");
        given().when().get("/voice/audio/ur/..%2F..%2Fapplication.properties").then().statusCode(404);
        given().when().get("/voice/audio/ur/not_a_clip.mp3").then().statusCode(404);
    }

    @Test
    void anEnglishCallHearsTheNextMeeting() {
        String phone = BooksFixtures.phone();
        fixtures.member("Mary Kujur", null, "en", phone, "1111", 500);

        Call call = TwilioVoiceDriver.dial(phone);
        assertEquals(List.of("en-IN"), call.turn().languages());
        assertTrue(call.turn().said().startsWith("Welcome to SakhiLine. For Savings, press 1. For Loan dues, press 2."),
                call.turn().said());
        Turn meeting = call.press("3"); // meetings need no PIN
        assertMenu(meeting);
        assertTrue(meeting.said().matches("Your next meeting is on Wednesday, \\d{1,2} [A-Z][a-z]+, at 10:00 am\\. "
                + "The place is Anganwadi centre\\. To go back, press 0\\. To hear this again, press star\\."), meeting.said());

        Turn balance = call.press("0");
        balance = call.press("1");
        balance = call.press("1111");
        assertTrue(balance.said().startsWith("Your savings are five hundred rupees."), balance.said());
    }

    @Test
    void silenceRePromptsTwiceThenSaysGoodbyeAndHangsUp() {
        String phone = BooksFixtures.phone();
        fixtures.member("Kamla Devi", "कमला देवी", "hi", phone, "1234", 100);
        Call call = TwilioVoiceDriver.dial(phone);
        String firstMenu = call.turn().said().replace("सखीलाइन में आपका स्वागत है। ", "");

        Turn first = call.silence();
        assertMenu(first);
        assertEquals("हमें कोई बटन सुनाई नहीं दिया। " + firstMenu, first.said());
        assertEquals(GATHER + "?silence=2", first.redirect());
        Turn second = call.silence();
        assertEquals(first.said(), second.said());
        assertEquals(GATHER + "?silence=3", second.redirect());
        Turn last = call.silence();
        assertNull(last.gather());
        assertTrue(last.hangup());
        assertEquals("फ़ोन करने के लिए धन्यवाद। नमस्ते।", last.said());
        MenuSession session = sessions.find(VoiceCalls.sessionKey(call.callSid)).orElseThrow();
        assertEquals(MenuSession.Status.ENDED, session.status());
        assertEquals("IVR", session.channel());
    }

    @Test
    void aWrongKeySaysItIsNotAnOptionAndStarRepeats() {
        String phone = BooksFixtures.phone();
        fixtures.member("Kamla Devi", "कमला देवी", "hi", phone, "1234", 100);
        Call call = TwilioVoiceDriver.dial(phone);
        String menu = call.turn().said().replace("सखीलाइन में आपका स्वागत है। ", "");

        Turn wrong = call.press("9");
        assertMenu(wrong);
        assertEquals("यह विकल्प नहीं है। " + menu, wrong.said());
        Turn again = call.press("*");
        assertEquals(menu, again.said());
        assertEquals(GATHER + "?silence=1", again.redirect());
        Turn pin = call.press("1");
        assertEquals("#", pin.gather().finishOnKey());
        Turn shortPin = call.press("12");
        assertEquals("कृपया 4 अंक दबाएँ, फिर हैश दबाएँ।", shortPin.said());
    }

    @Test
    void aSharedPhoneAsksWhoIsCallingByName() {
        String phone = BooksFixtures.phone();
        long shg = fixtures.shg();
        fixtures.member(shg, "Sita Kumari", "सीता कुमारी", "hi", phone, "1234", 100);
        long geeta = fixtures.member(shg, "Geeta Kumari", "गीता कुमारी", "hi", phone, null, 200);

        Call call = TwilioVoiceDriver.dial(phone);
        assertMenu(call.turn());
        assertEquals("सखीलाइन में आपका स्वागत है। कौन बोल रही हैं? अगर आप गीता कुमारी हैं, तो 1 दबाएँ। अगर आप सीता कुमारी हैं, तो 2 दबाएँ। "
                + "फिर से सुनने के लिए स्टार दबाएँ।", call.turn().said());

        // Geeta has no PIN yet: a caller ID alone sets none, so she gets a code by SMS, keys it, then sets one.
        Turn offer = call.press("1");
        assertTrue(offer.said().startsWith("अभी पिन नहीं है।"), offer.said());
        call.press("1");
        String sms = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT body FROM outbox_message WHERE recipient = ?1 AND template_key = 'pin_code'").setParameter(1, phone)
                .getSingleResult());
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("[0-9]{6}").matcher(sms);
        assertTrue(code.find(), sms);
        Turn newPin = call.press(code.group());
        assertEquals("कृपया 4 अंकों का नया पिन चुनें, फिर हैश दबाएँ।", newPin.said());
        call.press("2468");
        Turn saved = call.press("2468");
        assertMenu(saved);
        assertTrue(saved.said().startsWith("पिन सेव हो गया। बचत के लिए 1 दबाएँ।"), saved.said());
        assertEquals(PinCheck.Outcome.OK, pins.verify(geeta, "2468", Instant.now()).outcome());
    }

    @Test
    void anUrduSharedPhoneOffersTheDigitsOnly() {
        String phone = BooksFixtures.phone();
        long shg = fixtures.shg();
        fixtures.member(shg, "Amina", "آمنہ", "ur", phone, "1234", 100);
        fixtures.member(shg, "Bushra", "بشریٰ", "ur", phone, "1234", 100);
        Call call = TwilioVoiceDriver.dial(phone);
        assertEquals(List.of("ur/welcome", "ur/who_calling", "ur/num_1", "ur/press_choice", "ur/num_2", "ur/press_choice",
                "ur/press_repeat"), call.turn().played());
    }

    @Test
    void wrongPinsLockHerOutAsOnUssd() {
        String phone = BooksFixtures.phone();
        fixtures.member("Rani Devi", "रानी देवी", "hi", phone, "1234", 100);
        Call call = TwilioVoiceDriver.dial(phone);
        call.press("1");
        Turn wrong = call.press("0000");
        assertTrue(wrong.said().startsWith("गलत पिन। आपके पास दो कोशिश बाकी हैं।"), wrong.said());
        call.press("0000");
        Turn locked = call.press("0000");
        assertNull(locked.gather());
        assertTrue(locked.hangup());
        assertTrue(locked.said().startsWith("आपका पिन बंद है।"), locked.said());
        // A new call is locked too: the lockout lives in the ledger, not the call.
        Call again = TwilioVoiceDriver.dial(phone);
        again.press("1");
        assertTrue(again.press("1234").said().startsWith("आपका पिन बंद है।"));
    }

    @Test
    void anUnknownNumberHearsSoAndTheCallEnds() {
        Turn t = TwilioVoiceDriver.dial(BooksFixtures.phone()).turn();
        assertNull(t.gather());
        assertTrue(t.hangup());
        assertEquals("सखीलाइन में आपका स्वागत है। यह नंबर दर्ज नहीं है। अपनी समूह लीडर से पूछें। फ़ोन करने के लिए धन्यवाद। नमस्ते।",
                t.said());
    }

    @Test
    void voiceSessionsLiveInTheSharedSessionStore() {
        String phone = BooksFixtures.phone();
        fixtures.member("Kamla Devi", "कमला देवी", "hi", phone, "1234", 100);
        Call call = TwilioVoiceDriver.dial(phone);
        MenuSession s = sessions.find("voice:" + call.callSid).orElseThrow();
        assertEquals("IVR", s.channel());
        assertEquals(phone, s.phone());
        assertEquals(MenuSession.Status.ACTIVE, s.status());
        assertTrue(Stream.of(s.stateJson(), s.pagesJson()).allMatch(j -> j != null && j.startsWith("{")));
    }
}
