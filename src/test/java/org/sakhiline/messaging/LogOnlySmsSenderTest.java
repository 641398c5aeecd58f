package org.sakhiline.messaging;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogOnlySmsSenderTest {

    @Test
    void acceptsWithAFakeIdThatCannotCollideWithTwilio() {
        OutboxMessage m = new OutboxMessage();
        m.recipient = "+919812345678";
        m.body = "hello";
        LogOnlySmsSender sender = new LogOnlySmsSender();
        SendResult first = sender.send(m);
        SendResult second = sender.send(m);
        assertTrue(first.accepted());
        assertTrue(first.providerId().startsWith("LOG"), "Twilio SIDs start with SM/MM");
        assertNotEquals(first.providerId(), second.providerId(), "provider_id is unique in the outbox");
    }
}
