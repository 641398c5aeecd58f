package org.sakhiline.channel.sms;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.messaging.Outbox;
import org.sakhiline.messaging.OutboxDispatcher;
import org.sakhiline.messaging.OutboxMessage;
import org.sakhiline.messaging.OutboxStatus;
import org.sakhiline.messaging.OutboxTestSupport;
import org.sakhiline.messaging.OutgoingMessage;
import org.sakhiline.testing.TwilioApiStub.Reply;
import org.sakhiline.testing.TwilioApiStub;
import org.sakhiline.testing.TwilioSignatures;
import org.sakhiline.testing.TwilioStubResource;

@QuarkusTest
@QuarkusTestResource(TwilioStubResource.class)
class SmsStatusResourceTest {

    /** %test sakhiline.public-base-url: the address Twilio signs, not the test server's. */
    private static final String PUBLIC_URL = "https://sakhiline.test/sms/twilio/status";
    private static final String TO = "+919800000001";

    @Inject
    Outbox outbox;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    EntityManager em;

    TwilioApiStub stub;

    @BeforeEach
    void clean() {
        OutboxTestSupport.clearOutbox(em);
        stub = TwilioApiStub.current();
        stub.reset();
    }

    private long sentMessage(String sid) {
        stub.script(TO, Reply.created(sid));
        long id = OutboxTestSupport.enqueue(outbox, OutgoingMessage.sms(TO, "Your balance is Rs 1,250"));
        dispatcher.dispatchOnce();
        assertEquals(sid, OutboxTestSupport.load(id).providerId);
        return id;
    }

    private static Map<String, String> report(String sid, String status, String errorCode) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", sid);
        form.put("SmsSid", sid);
        form.put("AccountSid", TwilioStubResource.ACCOUNT_SID);
        form.put("MessageStatus", status);
        form.put("SmsStatus", status);
        form.put("To", TO);
        form.put("From", TwilioStubResource.FROM);
        form.put("ApiVersion", "2010-04-01");
        if (errorCode != null) {
            form.put("ErrorCode", errorCode);
        }
        return form;
    }

    private static ValidatableResponse post(Map<String, String> form, String signature) {
        var request = given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form);
        if (signature != null) {
            request = request.header("X-Twilio-Signature", signature);
        }
        return request.when().post("/sms/twilio/status").then();
    }

    private static ValidatableResponse postSigned(Map<String, String> form) {
        return post(form, TwilioSignatures.sign(TwilioStubResource.AUTH_TOKEN, PUBLIC_URL, form));
    }

    @Test
    void aSignedDeliveryReportIsRecordedOnce() {
        long id = sentMessage("SM11111111111111111111111111111111");
        Map<String, String> delivered = report("SM11111111111111111111111111111111", "delivered", null);

        postSigned(report("SM11111111111111111111111111111111", "sent", null)).statusCode(204);
        assertEquals("sent", OutboxTestSupport.load(id).providerStatus);
        postSigned(delivered).statusCode(204);
        postSigned(delivered).statusCode(204); // Twilio retried

        OutboxMessage m = OutboxTestSupport.load(id);
        assertEquals(OutboxStatus.DELIVERED, m.status);
        assertEquals("delivered", m.providerStatus);
        assertEquals(2L, countEvents("SM11111111111111111111111111111111"));
    }

    @Test
    void aLateReportDoesNotMoveTheMessageBackwards() {
        long id = sentMessage("SM22222222222222222222222222222222");
        postSigned(report("SM22222222222222222222222222222222", "delivered", null)).statusCode(204);
        postSigned(report("SM22222222222222222222222222222222", "sent", null)).statusCode(204);
        assertEquals(OutboxStatus.DELIVERED, OutboxTestSupport.load(id).status);
    }

    @Test
    void undeliveredKeepsTheErrorCode() {
        long id = sentMessage("SM33333333333333333333333333333333");
        postSigned(report("SM33333333333333333333333333333333", "undelivered", "30003")).statusCode(204);
        OutboxMessage m = OutboxTestSupport.load(id);
        assertEquals(OutboxStatus.UNDELIVERED, m.status);
        assertEquals(30003, m.errorCode);
    }

    @Test
    void anUnknownSidIsAcceptedSoTwilioStopsRetrying() {
        postSigned(report("SM99999999999999999999999999999999", "delivered", null)).statusCode(204);
    }

    @Test
    void aReportThatArrivesBeforeTheSidIsStoredIsAppliedWhenItIs() {
        postSigned(report("SM44444444444444444444444444444444", "delivered", null)).statusCode(204);
        long id = sentMessage("SM44444444444444444444444444444444");
        assertEquals(OutboxStatus.DELIVERED, OutboxTestSupport.load(id).status);
    }

    @Test
    void aWrongSignatureIsRefusedAndChangesNothing() {
        long id = sentMessage("SM55555555555555555555555555555555");
        Map<String, String> delivered = report("SM55555555555555555555555555555555", "delivered", null);

        post(delivered, TwilioSignatures.sign("some-other-token", PUBLIC_URL, delivered)).statusCode(403);
        // Signed for the URL the service sees behind the proxy instead of the public one.
        post(delivered, TwilioSignatures.sign(TwilioStubResource.AUTH_TOKEN,
                "http://localhost:8081/sms/twilio/status", delivered)).statusCode(403);
        // A parameter changed after signing.
        Map<String, String> tampered = new LinkedHashMap<>(delivered);
        String signature = TwilioSignatures.sign(TwilioStubResource.AUTH_TOKEN, PUBLIC_URL, delivered);
        tampered.put("MessageStatus", "failed");
        post(tampered, signature).statusCode(403);

        OutboxMessage m = OutboxTestSupport.load(id);
        assertEquals(OutboxStatus.SENT, m.status);
        assertEquals("queued", m.providerStatus);
        assertEquals(0L, countEvents("SM55555555555555555555555555555555"));
    }

    @Test
    void aMissingSignatureIsRefused() {
        long id = sentMessage("SM66666666666666666666666666666666");
        post(report("SM66666666666666666666666666666666", "delivered", null), null).statusCode(403);
        assertEquals(OutboxStatus.SENT, OutboxTestSupport.load(id).status);
        assertNull(OutboxTestSupport.load(id).errorCode);
    }

    @Test
    void theSignatureCheckOnlyGuardsTwilioEndpoints() {
        given().contentType("application/x-www-form-urlencoded").formParam("text", "hi")
                .when().post("/test-only/unsigned-form")
                .then().statusCode(200).body(equalTo("got hi"));
    }

    private long countEvents(String sid) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM outbox_status_event WHERE provider_id = ?1").setParameter(1, sid)
                .getSingleResult()).longValue());
    }
}
