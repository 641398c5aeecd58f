package org.sakhiline.messaging.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sakhiline.messaging.OutboxTestSupport.enqueue;
import static org.sakhiline.messaging.OutboxTestSupport.load;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.messaging.Outbox;
import org.sakhiline.messaging.OutboxChannel;
import org.sakhiline.messaging.OutboxDispatcher;
import org.sakhiline.messaging.OutboxMessage;
import org.sakhiline.messaging.OutboxStatus;
import org.sakhiline.messaging.OutboxTestSupport;
import org.sakhiline.messaging.OutgoingMessage;
import org.sakhiline.testing.TwilioApiStub.Reply;
import org.sakhiline.testing.TwilioApiStub;
import org.sakhiline.testing.TwilioStubResource;

/** The SMS and the call sender as the outbox drives them, through the real SDK into the local stub. */
@QuarkusTest
@QuarkusTestResource(TwilioStubResource.class)
class TwilioSendersTest {

    private static final String SMS_TO = "+919812300001";
    private static final String CALL_TO = "+919876500001";

    @Inject
    Outbox outbox;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    EntityManager em;

    @Inject
    TwilioCallSender calls;

    TwilioApiStub stub;
    final Queue<String> logged = new ConcurrentLinkedQueue<>();
    final Handler logCapture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            String text = r instanceof ExtLogRecord e ? e.getFormattedMessage() : r.getMessage();
            logged.add(text + (r.getThrown() == null ? "" : " " + r.getThrown()));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void clean() {
        OutboxTestSupport.clearOutbox(em);
        stub = TwilioApiStub.current();
        stub.reset();
        java.util.logging.Logger.getLogger("org.sakhiline").addHandler(logCapture);
    }

    @AfterEach
    void stopCapture() {
        java.util.logging.Logger.getLogger("org.sakhiline").removeHandler(logCapture);
    }

    @Test
    void aTwilioErrorOnACallIsStoredAndLoggedWithEveryNumberMasked() {
        stub.script(CALL_TO, Reply.twilioError(400, 21211,
                "The 'To' number " + CALL_TO + " is not a valid phone number; neither is +91 98765 00002."));
        long id = enqueue(outbox, OutgoingMessage.voice(CALL_TO, "कल सुबह 10 बजे बैठक है।"));

        assertEquals(1, dispatcher.dispatchOnce(Instant.now(), OutboxChannel.VOICE));

        OutboxMessage m = load(id);
        assertEquals(OutboxStatus.FAILED, m.status, "an invalid number is not retried");
        assertEquals(21211, m.errorCode);
        assertTrue(m.lastError.contains("+91********01") && m.lastError.contains("+91********02"), m.lastError);
        assertFalse(m.lastError.contains("98765"), m.lastError);
        assertTrue(logged.stream().anyMatch(l -> l.contains("failed permanently")), "the failure is logged: " + logged);
        assertTrue(logged.stream().noneMatch(l -> l.contains("98765")), "no full number in the log: " + logged);
    }

    @Test
    void aRefusedMenuCallThrowsWithTheNumberMasked() {
        stub.script(CALL_TO, Reply.twilioError(400, 21215, "Account not authorized to call " + CALL_TO + "."));

        CallNotPlacedException e = assertThrows(CallNotPlacedException.class,
                () -> calls.placeCall(CALL_TO, URI.create("https://sakhiline.test/voice/twilio?member=1&flow=main")));

        assertEquals("HTTP 400 code 21215: Account not authorized to call +91********01.", e.getMessage());
        assertNull(e.getCause(), "Twilio's own exception quotes the number in full");
        assertTrue(e.result().permanent());
        assertEquals(1, stub.receivedFor(CALL_TO).size());
    }

    @Test
    void smsAndCallsGoOverTheSameClientsConnections() {
        // Sequential requests from one client reuse its one idle pooled connection; a second client
        // would open its own, from another local port.
        for (int i = 0; i < 2; i++) {
            enqueue(outbox, OutgoingMessage.sms(SMS_TO, "Aapki bachat Rs 1,250 hai. #" + i));
            assertEquals(1, dispatcher.dispatchOnce(Instant.now(), OutboxChannel.SMS));
            enqueue(outbox, OutgoingMessage.voice(CALL_TO, "Kal baithak hai. #" + i));
            assertEquals(1, dispatcher.dispatchOnce(Instant.now(), OutboxChannel.VOICE));
        }

        List<TwilioApiStub.Received> got = stub.received();
        assertEquals(List.of("Messages.json", "Calls.json", "Messages.json", "Calls.json"),
                got.stream().map(r -> r.path().substring(r.path().lastIndexOf('/') + 1)).toList());
        assertEquals(1, got.stream().map(TwilioApiStub.Received::clientPort).distinct().count(),
                "one connection for SMS and calls: " + got.stream().map(TwilioApiStub.Received::clientPort).toList());
    }
}
