package org.sakhiline.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sakhiline.messaging.twilio.TwilioConfig;
import org.sakhiline.messaging.twilio.TwilioSmsSender;

/** Without Twilio credentials the dispatcher claims nothing (rows stay PENDING) and does not fail. */
class OutboxDispatcherNotConfiguredTest {

    @Test
    void withoutCredentialsNothingIsClaimed() {
        TwilioSmsSender sender = new TwilioSmsSender();
        sender.twilio = new TwilioConfig() {
            public Optional<String> accountSid() { return Optional.of("AC1"); }
            public Optional<String> authToken() { return Optional.empty(); }
            public Optional<String> fromNumber() { return Optional.of("+15005550006"); }
            public Optional<String> messagingServiceSid() { return Optional.empty(); }
            public Optional<String> apiBaseUrl() { return Optional.empty(); }
        };
        OutboxDispatcher dispatcher = new OutboxDispatcher();
        dispatcher.smsSender = sender;
        dispatcher.config = config(false);
        // No data source: touching the database would throw.
        assertEquals(0, dispatcher.dispatchOnce());
        assertEquals(0, dispatcher.dispatchOnce());
    }

    private static MessagingConfig config(boolean logOnly) {
        return new MessagingConfig() {
            public boolean logOnly() { return logOnly; }
            public String dispatchInterval() { return "2s"; }
            public int batchSize() { return 10; }
            public int sendWorkers() { return 1; }
            public Duration lease() { return Duration.ofMinutes(5); }
            public int maxAttempts() { return 3; }
            public Duration backoffBase() { return Duration.ofSeconds(2); }
            public Duration backoffMax() { return Duration.ofSeconds(10); }
            public double ratePerSecond() { return 0; }
        };
    }

    @Test
    void backoffGrowsAndIsCapped() {
        OutboxDispatcher dispatcher = new OutboxDispatcher();
        dispatcher.config = config(false);
        for (int i = 0; i < 50; i++) {
            long first = dispatcher.backoff(1).toMillis();
            long third = dispatcher.backoff(3).toMillis();
            long late = dispatcher.backoff(40).toMillis();
            assertEquals(true, first >= 1000 && first <= 2000, "attempt 1: " + first);
            assertEquals(true, third >= 4000 && third <= 8000, "attempt 3: " + third);
            assertEquals(true, late >= 5000 && late <= 10000, "capped: " + late);
        }
    }
}
