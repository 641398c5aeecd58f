package org.sakhiline.channel;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.channel.ussd.UssdTestMembers;
import org.sakhiline.testing.StallProxy;
import org.sakhiline.testing.TwilioSignatures;
import org.sakhiline.testing.TwilioStubResource;

/**
 * The hop database hangs (a TCP proxy on loopback that accepts and then passes nothing; the shared
 * MariaDB is never stopped): every USSD hop and call is still answered within its budget, with "service
 * busy" in her language, {@code /q/health/live} stays fast, and once the database answers again the
 * breaker's probe lets hops through.
 */
@QuarkusTest
@TestProfile(HopStallTest.HopsBehindAStallProxy.class)
class HopStallTest {

    /** Network timeout 1 s + connection wait 0.5 s, with room for a busy machine. */
    private static final long HOP_BUDGET_MS = 2_000;

    public static class HopsBehindAStallProxy implements QuarkusTestProfile {
        static final StallProxy PROXY = StallProxy.inFrontOfTestDatabase();

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.hops.jdbc.url", PROXY.jdbcUrl(),
                    "sakhiline.hops.open-for", "2s",
                    "sakhiline.twilio.auth-token", TwilioStubResource.AUTH_TOKEN);
        }
    }

    @Inject
    UssdTestMembers members;

    @AfterEach
    void heal() {
        HopsBehindAStallProxy.PROXY.heal();
    }

    @Test
    void aStalledDatabaseCostsAQuickBusyInHerLanguageAndHealthStaysLive() throws Exception {
        String phone = UssdTestMembers.phone();
        members.member(members.shg(), "Sunita Devi", "सुनीता देवी", "hi", ScriptVariant.NATIVE, "1234", phone);
        String session = "stall-" + UUID.randomUUID();
        assertTrue(at(session, phone, "").startsWith("CON "));
        assertTrue(at(session, phone, "1").startsWith("CON "), "asks for her PIN");

        HopsBehindAStallProxy.PROXY.stall();
        CompletableFuture<List<Long>> health = CompletableFuture.supplyAsync(() -> {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                long t0 = System.nanoTime();
                given().get("/q/health/live").then().statusCode(200);
                times.add((System.nanoTime() - t0) / 1_000_000);
            }
            return times;
        });
        List<Long> hops = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long t0 = System.nanoTime();
            String her = at(session, phone, "1*1234");
            String stranger = at("stall-new-" + i, UssdTestMembers.phone(), "");
            hops.add((System.nanoTime() - t0) / 2_000_000);
            assertTrue(her.startsWith("END ") && her.contains("सेवा व्यस्त"), "busy in Hindi from memory: " + her);
            assertTrue(stranger.startsWith("END "), stranger);
        }
        long callStart = System.nanoTime();
        String twiml = call("CA" + UUID.randomUUID().toString().replace("-", ""), phone);
        long callMs = (System.nanoTime() - callStart) / 1_000_000;
        assertTrue(twiml.contains("<Hangup"), twiml);
        List<Long> live = health.get(60, TimeUnit.SECONDS);

        System.out.printf("hop answer during a stall: p50 %d ms, p99 %d ms, max %d ms (%d hops); call %d ms; "
                + "/q/health/live p50 %d ms, max %d ms%n", pct(hops, 50), pct(hops, 99), Collections.max(hops), hops.size(),
                callMs, pct(live, 50), Collections.max(live));
        assertTrue(Collections.max(hops) < HOP_BUDGET_MS, "every hop within its budget: " + hops);
        assertTrue(pct(hops, 50) < 500, "with the breaker open a hop does not wait at all: " + hops);
        assertTrue(callMs < HOP_BUDGET_MS, "a call within its budget: " + callMs);
        assertTrue(Collections.max(live) < HOP_BUDGET_MS && pct(live, 50) < 500, "live stays fast: " + live);

        HopsBehindAStallProxy.PROXY.heal();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> at("healed-" + UUID.randomUUID(), phone, "").startsWith("CON "));
        String again = "after-" + UUID.randomUUID();
        assertTrue(at(again, phone, "").startsWith("CON "));
        assertTrue(at(again, phone, "1").startsWith("CON "));
        assertTrue(at(again, phone, "1*1234").contains("0"), "her balance again");
    }

    private static String at(String session, String phone, String text) {
        Response r = given().header("X-Gateway-Key", "test-gateway-secret")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("sessionId", session).formParam("serviceCode", "*384*55#")
                .formParam("phoneNumber", phone).formParam("text", text).post("/ussd/africastalking");
        assertEquals(200, r.statusCode(), r.asString());
        return r.asString();
    }

    private static String call(String callSid, String from) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("CallSid", callSid);
        form.put("From", from);
        form.put("To", TwilioStubResource.FROM);
        form.put("Direction", "inbound");
        form.put("CallStatus", "ringing");
        String signature = TwilioSignatures.sign(TwilioStubResource.AUTH_TOKEN, "https://sakhiline.test/voice/twilio", form);
        return given().header("X-Twilio-Signature", signature).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(form).post("/voice/twilio").then().statusCode(200).extract().asString();
    }

    private static long pct(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
