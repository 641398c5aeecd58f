package org.sakhiline.channel.sms;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sakhiline.channel.sms.SmsDesks.PIN;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.channel.sms.SmsDesks.Desk;
import org.sakhiline.messaging.Outbox;
import org.sakhiline.messaging.OutboxChannel;
import org.sakhiline.messaging.OutboxDispatcher;
import org.sakhiline.messaging.OutboxMessage;
import org.sakhiline.messaging.OutboxTestSupport;
import org.sakhiline.messaging.OutgoingMessage;
import org.sakhiline.testing.ConsoleAuth;
import org.sakhiline.testing.ExotelApiStub;
import org.sakhiline.testing.ExotelRoutesProfile;
import org.sakhiline.testing.ExotelStubResource;
import org.sakhiline.testing.TwilioApiStub;
import org.sakhiline.testing.TwilioSignatures;
import org.sakhiline.testing.TwilioStubResource;

/**
 * Two-way SMS for India through Exotel, over HTTP both ways: messages arrive on the Exotel webhook (as
 * Exotel sends them), answers leave through the real adapter to {@link ExotelApiStub}; Pakistan stays on
 * Twilio. Every Indian send carries the DLT fields.
 */
@QuarkusTest
@TestProfile(ExotelRoutesProfile.class)
@QuarkusTestResource(TwilioStubResource.class)
class ExotelSmsTest {

    private static final String WEBHOOK = "/sms/exotel/" + ExotelRoutesProfile.SECRET;

    @Inject
    SmsDesks desks;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    ExotelApiStub exotel;
    TwilioApiStub twilio;

    @BeforeEach
    void clean() {
        OutboxTestSupport.clearOutbox(em);
        exotel = ExotelApiStub.current();
        exotel.reset();
        twilio = TwilioApiStub.current();
        twilio.reset();
    }

    // ---------------------------------------------------------------- members and mitras through Exotel

    @Test
    void balArrivingThroughExotelIsAnsweredThroughExotelWithDltFields() {
        Desk d = desks.desk("hi-Latn", ScriptVariant.ROMAN);
        desks.deposit(d.member(), 250);
        String sid = smsSid();
        // Exotel's passthru: a GET with SmsSid, From (national format), To, Date, Body.
        given().header("X-Forwarded-For", ExotelRoutesProfile.EXOTEL_ADDRESS)
                .queryParam("SmsSid", sid).queryParam("From", "0" + d.memberPhone().substring(3))
                .queryParam("To", "08039591234").queryParam("Date", "2026-12-06 14:00:00").queryParam("Body", "BAL")
                .when().get(WEBHOOK + "/inbound").then().statusCode(200);

        List<ExotelApiStub.Received> sent = sendAndReceive(d.memberPhone());
        assertEquals(1, sent.size());
        ExotelApiStub.Received r = sent.get(0);
        assertTrue(r.form().get("Body").contains("Rs 250"), r.form().get("Body"));
        assertEquals("POST", r.method());
        assertEquals("/v1/Accounts/" + ExotelStubResource.ACCOUNT_SID + "/Sms/send.json", r.path());
        assertEquals("Basic " + Base64.getEncoder().encodeToString((ExotelStubResource.API_KEY + ":"
                + ExotelStubResource.API_TOKEN).getBytes(StandardCharsets.UTF_8)), r.authorization());
        assertEquals(ExotelStubResource.SENDER, r.form().get("From"));
        assertEquals("plain", r.form().get("EncodingType"));
        assertEquals("https://sakhiline.test" + WEBHOOK + "/status", r.form().get("StatusCallback"));
        assertDlt(r);
        assertEquals(List.of("exotel"), desks.strings("SELECT provider FROM outbox_message WHERE recipient = ?1",
                d.memberPhone()));
        assertTrue(twilio.received().isEmpty(), "nothing for India went through Twilio");
    }

    @Test
    void aMitraDepositAndItsConfirmationThroughExotelPostOnceAndReceiptTheMember() {
        Desk d = desks.desk("hi", ScriptVariant.NATIVE);
        String mitraFrom = d.mitraPhone().substring(1); // "91…": Exotel's other way of writing it
        inbound(smsSid(), mitraFrom, "DEP " + d.shgCode() + " 1 500").statusCode(200);
        List<ExotelApiStub.Received> toMitra = sendAndReceive(d.mitraPhone());
        assertEquals(1, toMitra.size());
        String code = SignedSms.code(toMitra.get(0).form().get("Body"));
        assertDlt(toMitra.get(0));

        String yes = smsSid();
        inbound(yes, mitraFrom, "YES " + code + " " + PIN).statusCode(200);
        inbound(yes, mitraFrom, "YES " + code + " " + PIN).statusCode(200); // Exotel's retry of the same message
        dispatcher.dispatchOnce(Instant.now(), OutboxChannel.SMS);

        assertEquals(1, desks.count("SELECT COUNT(*) FROM savings_txn WHERE member_id = ?1", d.member()));
        assertEquals(1, desks.count("SELECT COUNT(*) FROM sms_inbound WHERE message_sid = ?1", "exotel:" + yes));
        List<ExotelApiStub.Received> receipts = exotel.receivedFor(d.memberPhone());
        assertEquals(1, receipts.size(), "the member's receipt, once");
        assertTrue(receipts.get(0).form().get("Body").contains("500"), receipts.get(0).form().get("Body"));
        assertEquals("unicode", receipts.get(0).form().get("EncodingType"), "Devanagari goes as unicode");
        assertEquals(2, exotel.receivedFor(d.mitraPhone()).size(), "the request's code, then the confirmation");
        exotel.received().forEach(ExotelSmsTest::assertDlt);
    }

    @Test
    void aReplayedInboundMessageIsProcessedOnce() {
        Desk d = desks.desk("en", ScriptVariant.ROMAN);
        String sid = smsSid();
        String from = d.memberPhone().substring(3);
        for (int i = 0; i < 3; i++) {
            inbound(sid, from, "BAL").statusCode(200);
        }
        assertEquals(1, desks.count("SELECT COUNT(*) FROM sms_inbound WHERE message_sid = ?1", "exotel:" + sid));
        assertEquals(1, desks.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?1", d.memberPhone()));
    }

    @Test
    void aWrongSecretOrSourceIsRefusedAndChangesNothing() {
        Desk d = desks.desk("en", ScriptVariant.ROMAN);
        String sid = smsSid();
        Map<String, String> f = form(sid, d.memberPhone(), "BAL");
        given().formParams(f).when().post("/sms/exotel/not-the-secret/inbound").then().statusCode(404);
        given().formParams(f).when().post("/sms/exotel/" + ExotelRoutesProfile.SECRET.substring(1) + "/inbound").then()
                .statusCode(404);
        given().formParams(f).when().post("/sms/exotel//inbound").then().statusCode(404);
        given().header("X-Forwarded-For", "198.51.100.7").formParams(f).when().post(WEBHOOK + "/inbound").then()
                .statusCode(403);
        given().header("X-Forwarded-For", "198.51.100.7").formParams(Map.of("SmsSid", "x", "Status", "delivered"))
                .when().post(WEBHOOK + "/status").then().statusCode(403);
        Map<String, String> huge = form(sid, d.memberPhone(), "B".repeat(40_000));
        given().header("X-Forwarded-For", ExotelRoutesProfile.EXOTEL_ADDRESS).formParams(huge).when()
                .post(WEBHOOK + "/inbound").then().statusCode(413);
        assertEquals(0, desks.count("SELECT COUNT(*) FROM sms_inbound WHERE message_sid = ?1", "exotel:" + sid));
        assertEquals(0, desks.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?1", d.memberPhone()));
        // Exotel's passthru checks the URL with a HEAD first.
        given().header("X-Forwarded-For", ExotelRoutesProfile.EXOTEL_ADDRESS).when().head(WEBHOOK + "/inbound").then()
                .statusCode(200);
    }

    // ---------------------------------------------------------------- routing and delivery reports

    @Test
    void messagesAreRoutedByCountryAndOrgUnitAndReportsFromBothGatewaysMoveTheSameStates() {
        Desk india = desks.desk("hi", ScriptVariant.NATIVE);
        Desk overridden = desks.desk("hi", ScriptVariant.NATIVE);
        desks.sql("UPDATE org_unit SET sms_provider = 'twilio' WHERE id = ?1", desks.voOf(overridden.shg()));
        String pakistan = "+923001234567";
        long in = enqueue(OutgoingMessage.sms(india.memberPhone(), "Reminder: SHG meeting Wed, 10:30 am.")
                .withLanguage("en").withTemplate("reminder.meeting", null).forMember(india.member()));
        long over = enqueue(OutgoingMessage.sms(overridden.memberPhone(), "Reminder: SHG meeting Wed, 10:30 am.")
                .withLanguage("en").withTemplate("reminder.meeting", null).forMember(overridden.member()));
        long pk = enqueue(OutgoingMessage.sms(pakistan, "Yaad dihani: meeting Budh, 10:30.").withLanguage("ur-Latn")
                .withTemplate("reminder.meeting", null));
        dispatcher.dispatchOnce(Instant.now(), OutboxChannel.SMS);

        OutboxMessage viaExotel = OutboxTestSupport.load(in);
        assertEquals("exotel", viaExotel.provider);
        assertEquals("twilio", OutboxTestSupport.load(over).provider, "the VO's override wins over the country");
        OutboxMessage viaTwilio = OutboxTestSupport.load(pk);
        assertEquals("twilio", viaTwilio.provider);
        assertEquals(1, exotel.receivedFor(india.memberPhone()).size());
        assertDlt(exotel.receivedFor(india.memberPhone()).get(0));
        assertEquals(1, twilio.receivedFor(pakistan).size());
        assertEquals(1, twilio.receivedFor(overridden.memberPhone()).size());
        assertNotNull(viaTwilio.providerId);
        assertFalse(twilio.receivedFor(pakistan).get(0).form().containsKey("DltTemplateId"));

        exotelReport(viaExotel.providerId, "submitted", null).statusCode(204);
        exotelReport(viaExotel.providerId, "delivered", "20005").statusCode(204);
        exotelReport(viaExotel.providerId, "sent", null).statusCode(204); // late and out of order: ignored
        assertEquals("DELIVERED", OutboxTestSupport.load(in).status.name());
        assertEquals(null, OutboxTestSupport.load(in).errorCode);

        twilioReport(viaTwilio.providerId, "delivered").statusCode(204);
        assertEquals("DELIVERED", OutboxTestSupport.load(pk).status.name());

        long failed = enqueue(OutgoingMessage.sms(india.memberPhone(), "Reminder: loan instalment Rs 500 due.")
                .withLanguage("en").withTemplate("reminder.due", null));
        dispatcher.dispatchOnce(Instant.now(), OutboxChannel.SMS);
        exotelReport(OutboxTestSupport.load(failed).providerId, "failed_dnd", "23005").statusCode(204);
        assertEquals("FAILED", OutboxTestSupport.load(failed).status.name());
        assertEquals(23005, OutboxTestSupport.load(failed).errorCode);
    }

    @Test
    void theConsoleShowsWhichGatewayCarriedEachMessageAndWarnsAboutMissingDltIds() {
        Desk d = desks.desk("en", ScriptVariant.ROMAN);
        enqueue(OutgoingMessage.sms(d.memberPhone(), "Reminder: SHG meeting Wed, 10:30 am.").withLanguage("en"));
        String page = ConsoleAuth.signInAsAdmin().given().get("/admin/outbox").then().statusCode(200).extract().asString();
        assertTrue(page.contains("SMS via exotel"), page);
        assertTrue(page.contains("id=\"dlt-warnings\""), "placeholder ids are warned about");
        assertTrue(page.contains("text &#39;balance&#39; in hi has no DLT template id")
                || page.contains("text 'balance' in hi has no DLT template id"), page);
    }

    @Test
    void anAdministratorSetsAUnitsGatewayInTheConsoleAndItsMembersMessagesFollow() {
        Desk d = desks.desk("en", ScriptVariant.ROMAN);
        long vo = desks.voOf(d.shg());
        ConsoleAuth.Session admin = ConsoleAuth.signInAsAdmin();
        String csrf = admin.csrfFrom("/admin/org-units/" + vo);
        assertTrue(admin.given().get("/admin/org-units/" + vo).then().statusCode(200).extract().asString()
                .contains("id=\"sms-gateway\""));
        admin.given().redirects().follow(false).formParam("csrf", csrf).formParam("gateway", "twilio")
                .post("/admin/org-units/" + vo + "/sms-gateway").then().statusCode(303);
        admin.given().formParam("csrf", csrf).formParam("gateway", "pigeon")
                .post("/admin/org-units/" + vo + "/sms-gateway").then().statusCode(400);
        admin.given().formParam("gateway", "exotel").post("/admin/org-units/" + vo + "/sms-gateway").then()
                .statusCode(403); // no CSRF token
        assertEquals(List.of("twilio"), desks.strings("SELECT sms_provider FROM org_unit WHERE id = ?1", vo));
        assertEquals(1, desks.count("SELECT COUNT(*) FROM audit_event WHERE action = 'orgUnit.smsGateway' AND entity_id = ?1",
                String.valueOf(vo)));
        long id = enqueue(OutgoingMessage.sms(d.memberPhone(), "Reminder").withLanguage("en").forMember(d.member()));
        assertEquals("twilio", OutboxTestSupport.load(id).provider);

        admin.given().redirects().follow(false).formParam("csrf", csrf).formParam("gateway", "")
                .post("/admin/org-units/" + vo + "/sms-gateway").then().statusCode(303);
        long back = enqueue(OutgoingMessage.sms(d.memberPhone(), "Reminder").withLanguage("en").forMember(d.member()));
        assertEquals("exotel", OutboxTestSupport.load(back).provider, "blank: by country again");
    }

    @Test
    void anIndianMessageWithoutDltTemplateIdIsNeverHandedToExotel() {
        // Placeholders fill only what the outbox writes; a row without an id (written before, or by hand) is refused.
        long id = enqueue(OutgoingMessage.sms("+919811112222", "Hello").withLanguage("en"));
        desks.sql("UPDATE outbox_message SET dlt_template_id = NULL WHERE id = ?1", id);
        dispatcher.dispatchOnce(Instant.now(), OutboxChannel.SMS);
        OutboxMessage m = OutboxTestSupport.load(id);
        assertEquals("FAILED", m.status.name());
        assertTrue(m.lastError.contains("DLT"), m.lastError);
        assertTrue(exotel.receivedFor("+919811112222").isEmpty());
    }

    @Test
    void exotelErrorsAreRetriedOrFailedAsTheyDeserve() {
        exotel.script("+919811113333", ExotelApiStub.Reply.restException(503, "maintenance"));
        exotel.script("+919811114444", ExotelApiStub.Reply.restException(400, "Invalid To number"));
        long retry = enqueue(OutgoingMessage.sms("+919811113333", "Hello").withLanguage("en"));
        long fail = enqueue(OutgoingMessage.sms("+919811114444", "Hello").withLanguage("en"));
        dispatcher.dispatchOnce(Instant.now(), OutboxChannel.SMS);
        assertEquals("PENDING", OutboxTestSupport.load(retry).status.name());
        assertEquals("FAILED", OutboxTestSupport.load(fail).status.name());
        assertTrue(OutboxTestSupport.load(fail).lastError.contains("Invalid To number"));
    }

    // ---------------------------------------------------------------- helpers

    private List<ExotelApiStub.Received> sendAndReceive(String to) {
        dispatcher.dispatchOnce(Instant.now(), OutboxChannel.SMS);
        return exotel.receivedFor(to);
    }

    private long enqueue(OutgoingMessage m) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(m));
    }

    private static void assertDlt(ExotelApiStub.Received r) {
        if (r.form().get("To").startsWith("+91")) {
            assertEquals("PLACEHOLDER-ENTITY-1", r.form().get("DltEntityId"), r.form().toString());
            assertTrue(r.form().getOrDefault("DltTemplateId", "").startsWith("PLACEHOLDER-"), r.form().toString());
        }
    }

    private static String smsSid() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static Map<String, String> form(String sid, String from, String body) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("SmsSid", sid);
        f.put("From", from);
        f.put("To", "08039591234");
        f.put("Date", "2026-12-06 14:00:00");
        f.put("Body", body);
        return f;
    }

    private static ValidatableResponse inbound(String sid, String from, String body) {
        return given().header("X-Forwarded-For", ExotelRoutesProfile.EXOTEL_ADDRESS)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form(sid, from, body))
                .when().post(WEBHOOK + "/inbound").then();
    }

    private static ValidatableResponse exotelReport(String sid, String status, String detailedCode) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("SmsSid", sid);
        f.put("Status", status);
        f.put("SmsUnits", "1");
        f.put("DateSent", "2026-12-06 14:00:05");
        if (detailedCode != null) {
            f.put("DetailedStatusCode", detailedCode);
        }
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(f)
                .when().post(WEBHOOK + "/status").then();
    }

    private static ValidatableResponse twilioReport(String sid, String status) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("MessageSid", sid);
        f.put("MessageStatus", status);
        String url = "https://sakhiline.test/sms/twilio/status";
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(f)
                .header("X-Twilio-Signature", TwilioSignatures.sign(TwilioStubResource.AUTH_TOKEN, url, f))
                .when().post("/sms/twilio/status").then();
    }
}
