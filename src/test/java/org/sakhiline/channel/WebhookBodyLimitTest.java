package org.sakhiline.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.testing.TwilioStubResource;

/**
 * A stranger's megabyte on any webhook is a clean 413 with one log line at most — before the gateway key
 * or the Twilio signature is even looked at, since checking them means reading the body.
 */
@QuarkusTest
@QuarkusTestResource(TwilioStubResource.class)
class WebhookBodyLimitTest {

    private static final List<String> WEBHOOKS = List.of("/ussd/africastalking", "/ussd/africastalking/events",
            "/ussd/session", "/sms/twilio", "/sms/twilio/status", "/voice/twilio", "/voice/twilio/gather",
            "/voice/twilio/status", "/voice/twilio/outbound/1");

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            // The service's own lines: a library's one-off warning (Micrometer's "maximum number of URI tags", once
            // per JVM after 100 distinct paths) lands on whichever request comes next and says nothing about it.
            if (r.getLevel().intValue() >= Level.WARNING.intValue() && r.getLoggerName() != null
                    && r.getLoggerName().startsWith("org.sakhiline")) {
                warnings.add(r);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureLog() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void aMegabyteOnEveryWebhookIsA413WithOneLogLine() throws Exception {
        String megabyte = "sessionId=s1&serviceCode=*384*55%23&phoneNumber=%2B919812345678&text=" + "1*".repeat(512 * 1024);
        for (String path : WEBHOOKS) {
            warnings.clear();
            HttpResponse<String> r = send(path, "application/x-www-form-urlencoded",
                    HttpRequest.BodyPublishers.ofString(megabyte));
            assertEquals(413, r.statusCode(), path);
            assertEquals("request too large", r.body(), path);
            assertTrue(warnings.size() <= 1, () -> path + " logged " + warnings.size() + " lines: " + messages());
        }
        warnings.clear();
        HttpResponse<String> json = send("/ussd/session", "application/json", HttpRequest.BodyPublishers.ofString(
                "{\"sessionId\":\"s1\",\"phoneNumber\":\"+919812345678\",\"serviceCode\":\"*1#\",\"event\":\"new\",\"input\":\""
                        + "9".repeat(1024 * 1024) + "\"}"));
        assertEquals(413, json.statusCode());
        assertTrue(warnings.size() <= 1, this::messages);
    }

    @Test
    void aBodyOfUndeclaredLengthIsRefused() throws Exception {
        byte[] body = "sessionId=s1&serviceCode=*1%23&phoneNumber=%2B919812345678&text=".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = send("/ussd/africastalking", "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        assertEquals(411, r.statusCode());
    }

    @Test
    void aLongFieldInsideTheLimitIsRefusedPolitely() throws Exception {
        String form = "sessionId=long1&serviceCode=*384*55%23&phoneNumber=%2B919812345678&networkCode=62120&text="
                + "1*".repeat(8000);
        HttpResponse<String> r = send("/ussd/africastalking", "application/x-www-form-urlencoded; charset=UTF-8",
                HttpRequest.BodyPublishers.ofString(form));
        assertEquals(400, r.statusCode());
        assertEquals("text too long", r.body());
    }

    private HttpResponse<String> send(String path, String type, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path.substring(1))).timeout(Duration.ofSeconds(20))
                .header("Content-Type", type).header("X-Gateway-Key", "test-gateway-secret").POST(body).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String messages() {
        return warnings.stream().map(LogRecord::getMessage).toList().toString();
    }
}
