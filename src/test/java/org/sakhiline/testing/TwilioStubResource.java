package org.sakhiline.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts {@link TwilioApiStub} and points the application's Twilio client at it with fake credentials.
 */
public class TwilioStubResource implements QuarkusTestResourceLifecycleManager {

    public static final String ACCOUNT_SID = "AC00000000000000000000000000000001";
    public static final String AUTH_TOKEN = "test-auth-token-not-a-secret";
    public static final String FROM = "+15005550006";

    private TwilioApiStub stub;

    @Override
    public Map<String, String> start() {
        try {
            stub = TwilioApiStub.start(8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("could not start the Twilio stub", e);
        }
        return Map.of(
                "sakhiline.twilio.api-base-url", stub.baseUrl(),
                "sakhiline.twilio.account-sid", ACCOUNT_SID,
                "sakhiline.twilio.auth-token", AUTH_TOKEN,
                "sakhiline.twilio.from-number", FROM);
    }

    @Override
    public void stop() {
        if (stub != null) {
            stub.stop();
        }
    }
}
