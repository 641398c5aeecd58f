package org.sakhiline.channel.voice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.messaging.OutboxChannel;
import org.sakhiline.messaging.OutboxDispatcher;
import org.sakhiline.messaging.OutboxMessage;
import org.sakhiline.messaging.OutboxStatus;
import org.sakhiline.messaging.OutboxTestSupport;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.ConsoleAuth;
import org.sakhiline.testing.TwilioApiStub;
import org.sakhiline.testing.TwilioSignatures;
import org.sakhiline.testing.TwilioStubResource;
import org.sakhiline.testing.TwilioVoiceDriver.Call;
import org.sakhiline.testing.TwilioVoiceDriver.Turn;
import org.sakhiline.testing.TwilioVoiceDriver;

/** Signatures, failures, status callbacks and outbound calls. */
@QuarkusTest
@QuarkusTestResource(TwilioStubResource.class)
class VoiceWebhookTest {

    private static final String CALL_URL = "https://sakhiline.test/voice/twilio";
    private static final String STATUS_URL = "https://sakhiline.test/voice/twilio/status";
    private static final String BUSY_HI = "माफ़ कीजिए, सेवा अभी व्यस्त है। कृपया बाद में फिर फ़ोन करें।";

    @Inject
    VoiceFixtures fixtures;

    @Inject
    VoiceCallLog calls;

    @Inject
    org.sakhiline.channel.session.MenuSessionStore sessions;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    jakarta.persistence.EntityManager em;

    TwilioApiStub stub;

    @BeforeEach
    void resetStub() {
        stub = TwilioApiStub.current();
        stub.reset();
    }

    private static Map<String, String> callForm(String from) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", TwilioStubResource.ACCOUNT_SID);
        form.put("CallSid", TwilioVoiceDriver.callSid());
        form.put("CallStatus", "ringing");
        form.put("Direction", "inbound");
        form.put("From", from);
        form.put("To", TwilioStubResource.FROM);
        return form;
    }

    @Test
    void unsignedOrWronglySignedCallsAreRefused() {
        Map<String, String> form = callForm(BooksFixtures.phone());
        TwilioVoiceDriver.send(CALL_URL, form, null).then().statusCode(403);
        TwilioVoiceDriver.send(CALL_URL, form, TwilioSignatures.sign("another-token", CALL_URL, form)).then().statusCode(403);
        // Signed for the address the service sees, not the public one Twilio called.
        TwilioVoiceDriver.send(CALL_URL, form, TwilioSignatures.sign(TwilioStubResource.AUTH_TOKEN,
                "http://localhost:8081/voice/twilio", form)).then().statusCode(403);
        // The silence counter in a Redirect URL is signed too: a forged counter is refused.
        String signedFor = "https://sakhiline.test/voice/twilio/gather?silence=1";
        TwilioVoiceDriver.send("https://sakhiline.test/voice/twilio/gather?silence=9", form,
                TwilioSignatures.sign(TwilioStubResource.AUTH_TOKEN, signedFor, form)).then().statusCode(403);
        Map<String, String> status = new LinkedHashMap<>(form);
        status.put("CallStatus", "completed");
        TwilioVoiceDriver.send(STATUS_URL, status, "bm90IGEgc2lnbmF0dXJl").then().statusCode(403);
        assertTrue(calls.find(form.get("CallSid")).isEmpty());
    }

    @Test
    void aDatabaseOutageAtTheStartIsSpokenNotAnErrorPage() throws SQLException {
        String phone = BooksFixtures.phone();
        fixtures.member("Sunita Devi", "सुनीता देवी", "hi", phone, "1234", 100);
        // The books' first query (members on this phone) now fails as it would with the table gone.
        sql("RENAME TABLE member_phone TO member_phone_offline");
        Turn t;
        try {
            t = TwilioVoiceDriver.dial(phone).turn();
        } finally {
            sql("RENAME TABLE member_phone_offline TO member_phone");
        }
        assertEquals(200, t.status());
        assertTrue(t.contentType().startsWith("application/xml"));
        assertNull(t.gather());
        assertTrue(t.hangup());
        assertEquals(BUSY_HI, t.said());
    }

    @Test
    void aDatabaseOutageMidCallIsSpokenInHerLanguage() throws SQLException {
        String phone = BooksFixtures.phone();
        fixtures.member("Mary Kujur", null, "en", phone, "1111", 100);
        Call call = TwilioVoiceDriver.dial(phone);
        call.press("1");
        // Her balance lives in savings_balance: reading it fails mid-call.
        sql("RENAME TABLE savings_balance TO savings_balance_offline");
        Turn t;
        try {
            t = call.press("1111");
        } finally {
            sql("RENAME TABLE savings_balance_offline TO savings_balance");
        }
        assertEquals(200, t.status());
        assertTrue(t.hangup());
        assertEquals("Sorry, the service is busy. Please call again later.", t.said());
        assertEquals(List.of("en-IN"), t.languages());
    }

    @Test
    void statusCallbacksAreRecordedOnceAndNeverMoveBackwards() {
        String sid = TwilioVoiceDriver.callSid();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", TwilioStubResource.ACCOUNT_SID);
        form.put("CallSid", sid);
        form.put("Direction", "inbound");
        form.put("From", "+919800000123");
        form.put("To", TwilioStubResource.FROM);
        for (String status : List.of("ringing", "in-progress", "completed", "completed", "ringing")) {
            Map<String, String> f = new LinkedHashMap<>(form);
            f.put("CallStatus", status);
            if (status.equals("completed")) {
                f.put("CallDuration", "42");
            }
            TwilioVoiceDriver.send(STATUS_URL, f, TwilioSignatures.sign(TwilioStubResource.AUTH_TOKEN, STATUS_URL, f))
                    .then().statusCode(204);
        }
        VoiceCallLog.CallRow row = calls.find(sid).orElseThrow();
        assertEquals("completed", row.status());
        assertEquals(1L, count("SELECT COUNT(*) FROM voice_call WHERE call_sid = '" + sid + "'"));
        assertEquals(42, row.durationSeconds());
        assertEquals("inbound", row.direction());
        assertEquals("+919800000123", row.from());
    }

    @Test
    void aMessageCallGoesThroughTheOutboxAndSpeaksTheBody() {
        String phone = BooksFixtures.phone();
        long member = fixtures.member("Sunita Devi", "सुनीता देवी", "hi", phone, "1234", 100);
        String body = "कल सुबह 10 बजे बैठक है।";
        int outboxId = ConsoleAuth.asAdmin().contentType("application/json")
                .body(Map.of("memberId", member, "message", body, "dedupeKey", BooksFixtures.unique("reminder")))
                .when().post("/api/v1/calls")
                .then().statusCode(202).body("to", equalTo(phone)).body("outboxId", notNullValue())
                .extract().path("outboxId");

        assertEquals(1, dispatcher.dispatchOnce(Instant.now(), OutboxChannel.VOICE));
        List<TwilioApiStub.Received> got = stub.receivedFor(phone);
        assertEquals(1, got.size());
        TwilioApiStub.Received req = got.get(0);
        assertTrue(req.path().endsWith("/Accounts/" + TwilioStubResource.ACCOUNT_SID + "/Calls.json"), req.path());
        assertEquals(TwilioStubResource.FROM, req.form().get("From"));
        assertEquals("https://sakhiline.test/voice/twilio/outbound/" + outboxId, req.form().get("Url"));
        assertEquals("https://sakhiline.test/voice/twilio/status", req.form().get("StatusCallback"));
        OutboxMessage row = OutboxTestSupport.load(outboxId);
        assertEquals(OutboxStatus.SENT, row.status);
        assertNotNull(row.providerId);
        assertEquals((long) outboxId, calls.find(row.providerId).orElseThrow().outboxId());
        // SMS rounds never take VOICE rows (other tests' SMS rows may be due: count what reached her phone).
        dispatcher.dispatchOnce(Instant.now());
        assertEquals(1, stub.receivedFor(phone).size());
        assertEquals(OutboxStatus.SENT, OutboxTestSupport.load(outboxId).status);

        // Twilio fetches the call's TwiML when she answers.
        Call call = TwilioVoiceDriver.answerOutbound(req.form().get("Url"), phone);
        Turn first = call.turn();
        assertEquals(body + " यह संदेश फिर से सुनने के लिए 1 दबाएँ।", first.said());
        assertEquals(List.of("hi-IN"), first.languages());
        assertEquals(1, first.gather().numDigits());
        assertEquals("फ़ोन करने के लिए धन्यवाद। नमस्ते।", first.after().get(0).say());
        assertTrue(first.hangup());
        assertEquals(first.said(), call.press("1").said());
        assertTrue(call.press("5").said().startsWith("फ़ोन करने के लिए धन्यवाद"));

        Map<String, String> done = new LinkedHashMap<>();
        done.put("CallSid", row.providerId);
        done.put("CallStatus", "completed");
        done.put("CallDuration", "20");
        done.put("Direction", "outbound-api");
        TwilioVoiceDriver.send(STATUS_URL, done, TwilioSignatures.sign(TwilioStubResource.AUTH_TOKEN, STATUS_URL, done))
                .then().statusCode(204);
        OutboxMessage delivered = OutboxTestSupport.load(outboxId);
        assertEquals(OutboxStatus.DELIVERED, delivered.status);
        assertEquals("completed", delivered.providerStatus);
    }

    @Test
    void aMenuCallIsPlacedNowAndSkipsWhoIsCalling() {
        String phone = BooksFixtures.phone();
        long shg = fixtures.shg();
        fixtures.member(shg, "Amina", "آمنہ", "hi", phone, "1234", 100);
        long bushra = fixtures.member(shg, "Bushra", "बुशरा", "hi", phone, "1234", 100);
        String sid = ConsoleAuth.asAdmin().contentType("application/json").body(Map.of("memberId", bushra, "flow", "main"))
                .when().post("/api/v1/calls")
                .then().statusCode(201).extract().path("callSid");
        TwilioApiStub.Received req = stub.receivedFor(phone).get(0);
        String url = req.form().get("Url");
        assertEquals("https://sakhiline.test/voice/twilio?member=" + bushra + "&flow=main", url);
        assertEquals(bushra, calls.find(sid).orElseThrow().memberId());

        Turn t = TwilioVoiceDriver.answerOutbound(url, phone).turn();
        assertTrue(t.said().startsWith("सखीलाइन में आपका स्वागत है। बचत के लिए 1 दबाएँ।"), t.said());
    }

    @Test
    void theCallApiRefusesBadRequests() {
        long member = fixtures.member("Sunita Devi", "सुनीता देवी", "hi", BooksFixtures.phone(), "1234", 100);
        ConsoleAuth.asAdmin().contentType("application/json").body(Map.of("memberId", member)).when().post("/api/v1/calls")
                .then().statusCode(400);
        ConsoleAuth.asAdmin().contentType("application/json").body(Map.of("memberId", member, "flow", "main", "message", "x"))
                .when().post("/api/v1/calls").then().statusCode(400);
        ConsoleAuth.asAdmin().contentType("application/json").body(Map.of("memberId", member, "flow", "nosuchflow"))
                .when().post("/api/v1/calls").then().statusCode(400);
        ConsoleAuth.asAdmin().contentType("application/json").body(Map.of("memberId", 999_999_999L, "message", "hello"))
                .when().post("/api/v1/calls").then().statusCode(404);
        assertTrue(stub.received().isEmpty());
    }

    @Test
    void aCompletedCallEndsItsMenuSession() {
        String phone = BooksFixtures.phone();
        fixtures.member("Sunita Devi", "सुनीता देवी", "hi", phone, "1234", 100);
        Call call = TwilioVoiceDriver.dial(phone);
        Map<String, String> done = new LinkedHashMap<>();
        done.put("CallSid", call.callSid);
        done.put("CallStatus", "completed");
        done.put("CallDuration", "9");
        TwilioVoiceDriver.send(STATUS_URL, done, TwilioSignatures.sign(TwilioStubResource.AUTH_TOKEN, STATUS_URL, done))
                .then().statusCode(204);
        assertEquals(org.sakhiline.channel.session.MenuSession.Status.ENDED,
                sessions.find(VoiceCalls.sessionKey(call.callSid)).orElseThrow().status());
        // A late key press on the ended call only says goodbye.
        Turn late = call.press("1");
        assertTrue(late.hangup());
        assertEquals("फ़ोन करने के लिए धन्यवाद। नमस्ते।", late.said());
    }

    private long count(String query) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFailedCallsErrorTextIsStoredWithNumbersMasked() throws SQLException {
        String sid = TwilioVoiceDriver.callSid();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("AccountSid", TwilioStubResource.ACCOUNT_SID);
        f.put("CallSid", sid);
        f.put("Direction", "outbound-api");
        f.put("From", TwilioStubResource.FROM);
        f.put("To", "+919800000456");
        f.put("CallStatus", "failed");
        f.put("ErrorCode", "13224");
        f.put("ErrorMessage", "The number +919800000456 is not a valid phone number");
        TwilioVoiceDriver.send(STATUS_URL, f, TwilioSignatures.sign(TwilioStubResource.AUTH_TOKEN, STATUS_URL, f))
                .then().statusCode(204);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT error_message FROM voice_call WHERE call_sid = '" + sid + "'")) {
            rs.next();
            assertEquals("The number +91********56 is not a valid phone number", rs.getString(1));
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }
}
