package org.sakhiline.messaging.twilio;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.sakhiline.messaging.OutboxTestSupport.messagingConfig;

import org.junit.jupiter.api.Test;
import org.sakhiline.messaging.LogOnlySmsSender;

class SmsSenderChoiceTest {

    @Test
    void logOnlyWinsOverTwilioAndTwilioIsTheDefault() {
        TwilioSmsSender twilio = new TwilioSmsSender();
        assertInstanceOf(LogOnlySmsSender.class, SmsSenderChoice.choose(messagingConfig(true), twilio));
        assertSame(twilio, SmsSenderChoice.choose(messagingConfig(false), twilio));
    }
}
