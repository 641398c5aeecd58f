package org.sakhiline.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.testing.ConsoleAuth;
import org.sakhiline.testing.ScopedBooks;
import org.sakhiline.testing.TwilioSignatures;
import org.sakhiline.testing.TwilioStubResource;

/**
 * The attack of issue 15 item 4 end to end: API deposits under the keys the next mitra confirmations will
 * use ({@code sms-confirm:<id>}) used to make those confirmations fail. Kept minimal on purpose: the mitra's
 * SMS commands change in their own work; only the DEP/YES exchange below depends on their syntax.
 */
@QuarkusTest
@QuarkusTestResource(TwilioStubResource.class)
class ClientKeysMeetMitraSmsTest {

    private static final String PUBLIC_URL = "https://sakhiline.test/sms/twilio";

    @Inject
    ScopedBooks scoped;

    @Inject
    SavingsService savings;

    @Inject
    EntityManager em;

    private long nextConfirmationId() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COALESCE(MAX(id), 0) + 1 FROM sms_confirmation").getSingleResult()).longValue());
    }

    private static String sms(String from, String body) {
        Map<String, String> form = new LinkedHashMap<>();
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        form.put("MessageSid", sid);
        form.put("AccountSid", TwilioStubResource.ACCOUNT_SID);
        form.put("From", from);
        form.put("To", TwilioStubResource.FROM);
        form.put("Body", body);
        String twiml = given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form)
                .header("X-Twilio-Signature", TwilioSignatures.sign(TwilioStubResource.AUTH_TOKEN, PUBLIC_URL, form))
                .post("/sms/twilio").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("<Message>(.*)</Message>", Pattern.DOTALL).matcher(twiml);
        return m.find() ? m.group(1) : "";
    }

    @Test
    void apiDepositsUnderTheMitrasNextKeysDoNotStopHerConfirmation() {
        ScopedBooks.Branch b = scoped.create();
        long next = nextConfirmationId();
        for (long id = next; id < next + 3; id++) {
            ConsoleAuth.asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", "sms-confirm:" + id)
                    .body(Map.of("type", "DEPOSIT", "amountPaise", 100)).post("/api/v1/members/" + b.memberId() + "/savings")
                    .then().statusCode(201);
        }
        long before = savings.balancePaise(b.memberId());
        String mitraPhone = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT phone_e164 FROM staff WHERE id = ?1").setParameter(1, b.staffId()).getSingleResult());

        String ask = sms(mitraPhone, "DEP " + b.shgCode() + " " + b.memberNo() + " 500");
        Matcher code = Pattern.compile("YES ([0-9]{4})").matcher(ask);
        assertTrue(code.find(), ask);
        sms(mitraPhone, "YES " + code.group(1));

        long confirmation = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT MAX(id) FROM sms_confirmation WHERE staff_id = ?1").setParameter(1, b.staffId()).getSingleResult())
                .longValue());
        assertTrue(confirmation < next + 3, "the confirmation took one of the keys the API used: " + confirmation);
        assertEquals(before + 500_00, savings.balancePaise(b.memberId()));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM savings_txn WHERE idempotency_key = ?1 AND actor = ?2 AND channel = 'SMS'")
                .setParameter(1, "sms-confirm:" + confirmation).setParameter(2, "staff:" + b.staffId()).getSingleResult())
                .longValue()));
    }
}
