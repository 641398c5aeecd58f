package org.sakhiline.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts {@link ExotelApiStub} and points the application's Exotel adapter at it with fake credentials. */
public class ExotelStubResource implements QuarkusTestResourceLifecycleManager {

    public static final String ACCOUNT_SID = "sakhiline-test";
    public static final String API_KEY = "test-exotel-key";
    public static final String API_TOKEN = "test-exotel-token-not-a-secret";
    public static final String SENDER = "SAKHIL";

    private ExotelApiStub stub;

    @Override
    public Map<String, String> start() {
        try {
            stub = ExotelApiStub.start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("could not start the Exotel stub", e);
        }
        return Map.of(
                "sakhiline.exotel.api-base-url", stub.baseUrl(),
                "sakhiline.exotel.account-sid", ACCOUNT_SID,
                "sakhiline.exotel.api-key", API_KEY,
                "sakhiline.exotel.api-token", API_TOKEN,
                "sakhiline.exotel.sender-id", SENDER);
    }

    @Override
    public void stop() {
        if (stub != null) {
            stub.stop();
        }
    }
}
