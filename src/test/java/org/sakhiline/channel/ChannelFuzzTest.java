package org.sakhiline.channel;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.channel.ussd.UssdTestMembers;
import org.sakhiline.testing.HostileInputs;
import org.sakhiline.testing.TwilioSignatures;
import org.sakhiline.testing.TwilioStubResource;

/**
 * Thousands of generated hostile inputs per channel over the real protocols (gateway-keyed form posts and
 * JSON for USSD, Twilio-signed form posts for SMS and voice): no 5xx, and every answer says something.
 * Seeded: a failure prints its seed and case; replay with {@code -Dfuzz.seed=<seed>}.
 */
@QuarkusTest
@QuarkusTestResource(TwilioStubResource.class)
class ChannelFuzzTest {

    private static final String GATEWAY_KEY = "test-gateway-secret";
    private static final String PUBLIC_BASE = "https://sakhiline.test";
    /** Per channel; about 10-30 s each on a busy 2-core machine. {@code -Dfuzz.cases=20000} for a longer hunt. */
    private static final int CASES = HostileInputs.cases(1000);

    @TestHTTPResource("/")
    URI base;

    @Inject
    UssdTestMembers members;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> phones = new ArrayList<>();

    @BeforeEach
    void someMembers() {
        long shg = members.shg();
        String shared = UssdTestMembers.phone();
        phones.add(shared);
        long sunita = members.member(shg, "Sunita Devi", "सुनीता देवी", "hi", ScriptVariant.NATIVE, "1234", shared);
        members.member(shg, "Sita Devi", "सीता देवी", "hi", ScriptVariant.NATIVE, null, shared);
        members.deposit(sunita, 50_000, LocalDate.of(2024, 1, 2));
        String fatima = UssdTestMembers.phone();
        phones.add(fatima);
        members.member(shg, "Fatima Bibi", "فاطمہ بی بی", "ur", ScriptVariant.NATIVE, null, fatima);
        phones.add(UssdTestMembers.phone()); // nobody's
    }

    @Test
    void africasTalkingSurvivesHostileHops() {
        long seed = HostileInputs.seed(1507);
        HostileInputs in = new HostileInputs(seed);
        Map<String, List<String>> typed = new HashMap<>();
        for (int i = 0; i < CASES; i++) {
            String session = "fz" + seed + "-" + in.random().nextInt(40);
            String text;
            if (in.chance(0.15)) {
                text = in.value();
            } else {
                List<String> inputs = typed.computeIfAbsent(session, s -> new ArrayList<>());
                if (in.chance(0.1)) {
                    inputs.clear();
                } else {
                    inputs.add(in.keyOrValue());
                }
                text = String.join("*", inputs);
            }
            Map<String, String> form = new LinkedHashMap<>();
            form.put("sessionId", in.chance(0.05) ? in.value() : session);
            form.put("serviceCode", in.chance(0.05) ? in.value() : "*384*55#");
            form.put("phoneNumber", phone(in));
            form.put("networkCode", in.chance(0.1) ? in.value() : "62120");
            form.put("text", oversized(in, text));
            Answer a = post("/ussd/africastalking", "application/x-www-form-urlencoded; charset=UTF-8",
                    in.form(form, in.chance(0.1)), Map.of("X-Gateway-Key", GATEWAY_KEY));
            check(seed, i, a, a.status != 200 || (a.body.startsWith("CON ") || a.body.startsWith("END ")) && a.body.length() > 4);
        }
    }

    @Test
    void sessionGatewaySurvivesHostileHops() {
        long seed = HostileInputs.seed(1508);
        HostileInputs in = new HostileInputs(seed);
        for (int i = 0; i < CASES; i++) {
            String session = "fz" + seed + "-" + in.random().nextInt(40);
            String event = in.chance(0.85) ? in.pick(List.of("new", "continue", "continue", "continue", "end")) : in.value();
            String body;
            if (in.chance(0.08)) {
                body = in.pick(List.of("", "{", "[]", "null", "{\"sessionId\":", "{\"sessionId\":1,\"phoneNumber\":[],"
                        + "\"serviceCode\":{},\"event\":true}", "\"just a string\"", "{\"a\":" + "[".repeat(3000)))
                        + (in.chance(0.3) ? in.value() : "");
            } else {
                body = "{\"sessionId\":" + HostileInputs.json(in.chance(0.05) ? in.value() : session)
                        + ",\"phoneNumber\":" + HostileInputs.json(phone(in))
                        + ",\"serviceCode\":" + HostileInputs.json(in.chance(0.1) ? in.value() : "*384*55#")
                        + ",\"input\":" + HostileInputs.json(oversized(in, in.chance(0.1) ? null : in.keyOrValue()))
                        + ",\"event\":" + HostileInputs.json(event) + "}";
            }
            Answer a = post("/ussd/session", "application/json", body, Map.of("X-Gateway-Key", GATEWAY_KEY));
            check(seed, i, a, a.status != 200 || a.body.contains("\"message\""));
        }
    }

    @Test
    void smsSurvivesHostileMessages() {
        long seed = HostileInputs.seed(1509);
        HostileInputs in = new HostileInputs(seed);
        int handled = 0;
        for (int i = 0; i < CASES; i++) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("MessageSid", in.chance(0.1) ? in.value() : "SM" + seed + "x" + i);
            form.put("AccountSid", TwilioStubResource.ACCOUNT_SID);
            form.put("From", phone(in));
            form.put("To", in.chance(0.05) ? in.value() : TwilioStubResource.FROM);
            form.put("Body", oversized(in, in.chance(0.3)
                    ? in.pick(List.of("BAL ", "BAL 2 ", "LOAN", "LANG ", "DEP IN-SHG-00001 ", "YES ", "UNDO ", "STOP", "HELP "))
                    + in.value() : in.value()));
            if (in.chance(0.05)) {
                form.put("OptOutType", in.value());
            }
            Answer a = signedPost("/sms/twilio", "", form, in);
            if (a.status == 200) {
                handled++;
            }
            check(seed, i, a, a.status != 200 || a.body.contains("<Response"));
        }
        assertTrue(handled > CASES / 2, "most messages must pass the signature and reach the handler: " + handled);
    }

    @Test
    void voiceSurvivesHostileCalls() {
        long seed = HostileInputs.seed(1510);
        HostileInputs in = new HostileInputs(seed);
        int handled = 0;
        for (int i = 0; i < CASES; i++) {
            String callSid = in.chance(0.05) ? in.value() : "CA" + seed + "x" + in.random().nextInt(60);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("CallSid", callSid);
            form.put("AccountSid", TwilioStubResource.ACCOUNT_SID);
            String path;
            String query = "";
            switch (in.random().nextInt(6)) {
                case 0, 1 -> {
                    path = "/voice/twilio";
                    form.put("From", phone(in));
                    form.put("To", TwilioStubResource.FROM);
                    form.put("Direction", in.chance(0.9) ? "inbound" : in.value());
                    form.put("CallStatus", "ringing");
                }
                case 2, 3, 4 -> {
                    path = "/voice/twilio/gather";
                    form.put("Digits", oversized(in, in.keyOrValue()));
                    if (in.chance(0.3)) {
                        // Twilio builds this query from our own Redirect: short, but any content (a URL past the line limit is a 414).
                        String silence = in.value();
                        query = "silence=" + URLEncoder.encode(in.chance(0.5) ? "1"
                                : silence.substring(0, Math.min(silence.length(), 200)), StandardCharsets.UTF_8);
                    }
                }
                default -> {
                    path = "/voice/twilio/status";
                    form.put("CallStatus", in.chance(0.7) ? in.pick(List.of("completed", "busy", "failed", "in-progress")) : in.value());
                    form.put("Direction", in.value());
                    form.put("From", phone(in));
                    form.put("To", in.value());
                    form.put("CallDuration", in.value());
                    form.put("ErrorCode", in.value());
                    form.put("ErrorMessage", in.value() + " +919812345678");
                }
            }
            Answer a = signedPost(path, query, form, in);
            if (a.status < 300) {
                handled++;
            }
            boolean status = path.endsWith("/status");
            check(seed, i, a, status ? a.status != 200 || !a.body.isEmpty() : a.status != 200 || a.body.contains("<Response"));
        }
        assertTrue(handled > CASES / 2, "most calls must pass the signature and reach the handler: " + handled);
    }

    private String phone(HostileInputs in) {
        return in.chance(0.85) ? in.pick(phones) : in.value();
    }

    /** Now and then a value past the webhook body limit: it must be refused with 413, not choke a handler. */
    private static String oversized(HostileInputs in, String value) {
        return in.chance(0.02) ? "9".repeat(40_000 + in.random().nextInt(30_000)) : value;
    }

    private Answer signedPost(String path, String query, Map<String, String> form, HostileInputs in) {
        String url = PUBLIC_BASE + path + (query.isEmpty() ? "" : "?" + query);
        Map<String, String> headers = new HashMap<>();
        if (!in.chance(0.03)) {
            headers.put("X-Twilio-Signature", TwilioSignatures.sign(TwilioStubResource.AUTH_TOKEN, url, form));
        }
        boolean broken = in.chance(0.05);
        return post(path + (query.isEmpty() ? "" : "?" + query), "application/x-www-form-urlencoded; charset=UTF-8",
                in.form(form, broken), headers);
    }

    record Answer(int status, String body, String request) {}

    private Answer post(String pathAndQuery, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(pathAndQuery.substring(1)))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(r::header);
        try {
            HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), pathAndQuery + " " + body);
        } catch (IOException e) {
            return new Answer(-1, String.valueOf(e), pathAndQuery + " " + body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void check(long seed, int i, Answer a, boolean wellFormed) {
        boolean noContent = a.status == 204;
        if (a.status < 0 || a.status >= 500 || (!noContent && a.body.isEmpty()) || !wellFormed) {
            fail("seed " + seed + " case " + i + ": HTTP " + a.status + " answered [" + abbreviate(a.body) + "] to "
                    + abbreviate(a.request));
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "... (" + s.length() + " chars)";
    }
}
