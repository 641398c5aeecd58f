package org.sakhiline.messaging.twilio;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sakhiline.messaging.LogOnlySmsSender;
import org.sakhiline.messaging.MessagingConfig;

class SmsSenderChoiceTest {

    @Test
    void logOnlyWinsOverTwilioAndTwilioIsTheDefault() {
        TwilioSmsSender twilio = new TwilioSmsSender();
        assertInstanceOf(LogOnlySmsSender.class, SmsSenderChoice.choose(config(true), twilio));
        assertSame(twilio, SmsSenderChoice.choose(config(false), twilio));
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
}
