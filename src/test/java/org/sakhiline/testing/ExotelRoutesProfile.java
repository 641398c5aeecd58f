package org.sakhiline.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * India routed through Exotel (its stub), Pakistan through Twilio, placeholder DLT ids, and a trusted
 * proxy on 127.0.0.1 so that tests can present other client addresses with X-Forwarded-For. One profile
 * for all gateway tests: each distinct profile restarts Quarkus.
 */
public class ExotelRoutesProfile implements QuarkusTestProfile {

    public static final String SECRET = "test-exotel-webhook-secret-not-a-secret-0123";
    /** The address Exotel's webhooks come from in these tests (a documentation range, RFC 5737). */
    public static final String EXOTEL_ADDRESS = "203.0.113.9";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("sakhiline.sms-routes.by-calling-code", "91=exotel,92=twilio"),
                Map.entry("sakhiline.exotel.webhook-secret", SECRET),
                Map.entry("sakhiline.exotel.webhook-sources", "127.0.0.1/32,203.0.113.0/24"),
                Map.entry("sakhiline.dlt.entity-id", "PLACEHOLDER-ENTITY-1"),
                Map.entry("sakhiline.dlt.placeholder-template-ids", "true"),
                Map.entry("sakhiline.sms.reply-mode", "INLINE"),
                Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"),
                Map.entry("quarkus.http.proxy.trusted-proxies", "127.0.0.1"));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ExotelStubResource.class));
    }
}
