package org.sakhiline.channel.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.testing.ConsoleAuth;
import org.sakhiline.testing.TwilioStubResource;

/**
 * Issue 15 item 4 end to end: API deposits under the keys the next mitra confirmations will use
 * ({@code sms-confirm:<id>}) used to make those confirmations fail ("idempotency-key-reused"). Kept minimal:
 * only the DEP/YES exchange depends on the mitra commands' syntax.
 */
@QuarkusTest
@QuarkusTestResource(TwilioStubResource.class)
class ClientKeysMeetMitraSmsTest {

    @Inject
    SmsDesks desks;

    @Inject
    SavingsService savings;

    @Test
    void apiDepositsUnderTheMitrasNextKeysDoNotStopHerConfirmation() {
        SmsDesks.Desk d = desks.desk("en", ScriptVariant.NATIVE);
        long next = desks.count("SELECT COALESCE(MAX(id), 0) + 1 FROM sms_confirmation");
        for (long id = next; id < next + 3; id++) {
            ConsoleAuth.asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", "sms-confirm:" + id)
                    .body(Map.of("type", "DEPOSIT", "amountPaise", 100)).post("/api/v1/members/" + d.member() + "/savings")
                    .then().statusCode(201);
        }
        long before = savings.balancePaise(d.member());

        String ask = SignedSms.send(d.mitraPhone(), "DEP " + d.shgCode() + " 1 500");
        SignedSms.send(d.mitraPhone(), "YES " + SignedSms.code(ask) + " " + SmsDesks.PIN);

        long confirmation = desks.count("SELECT MAX(id) FROM sms_confirmation WHERE staff_id = ?1", d.mitra());
        assertTrue(confirmation < next + 3, "the confirmation took one of the keys the API used: " + confirmation);
        assertEquals(before + 500_00, savings.balancePaise(d.member()));
        assertEquals(1, desks.count("SELECT COUNT(*) FROM savings_txn WHERE idempotency_key = ?1 AND actor = ?2"
                + " AND channel = 'SMS'", "sms-confirm:" + confirmation, "staff:" + d.mitra()));
    }
}
