package org.sakhiline.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        dispatcher.config = OutboxTestSupport.messagingConfig(false);
        // No OutboxLeases (so no database): claiming would throw.
        assertEquals(0, dispatcher.dispatchOnce());
        assertEquals(0, dispatcher.dispatchOnce());
    }
}
