package org.sakhiline.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.testing.TwilioApiStub;
import org.sakhiline.testing.TwilioStubResource;

/**
 * A row is never sent once too little of its lease is left (another instance may re-claim it), and the
 * window in which a crash would send a message twice — provider accepted, result not yet committed — is
 * measured per message.
 */
@QuarkusTest
@QuarkusTestResource(TwilioStubResource.class)
class OutboxLeaseSafetyTest {

    @Inject
    Outbox outbox;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    OutboxLeases leases;
    @Inject
    EntityManager em;
    @Inject
    MeterRegistry meters;

    TwilioApiStub stub;

    @BeforeEach
    void clean() {
        OutboxTestSupport.clearOutbox(em);
        stub = TwilioApiStub.current();
        stub.reset();
    }

    @Test
    void aRowWhoseLeaseIsRunningOutIsGivenBackUnsent() {
        long id = OutboxTestSupport.enqueue(outbox, OutgoingMessage.sms("+919812345601", "hello"));
        Instant now = Instant.now();
        OutboxLeases.Claim claimed = leases.claim(now, OutboxChannel.SMS, 10);
        assertEquals(1, claimed.rows().size());
        // As if the round had waited (a slow provider, pacing) until under send-timeout of the lease was left.
        OutboxLeases.Claim late = new OutboxLeases.Claim(claimed.leaseOwner(), claimed.rows(), System.nanoTime() - 1);

        dispatcher.sendAndRecord(late, now);

        assertTrue(stub.received().isEmpty(), "nothing reached the provider");
        OutboxMessage m = OutboxTestSupport.load(id);
        assertEquals(OutboxStatus.PENDING, m.status);
        assertEquals(0, m.attempts, "the attempt that never happened is not counted");
        assertNull(m.leaseOwner);
        assertEquals(1, dispatcher.dispatchOnce(now), "due again at once, and sent");
        assertEquals(OutboxStatus.SENT, OutboxTestSupport.load(id).status);
        assertEquals(1, stub.received().size());
    }

    @Test
    void theAtLeastOnceWindowIsMeasured() {
        Timer window = meters.get("sakhiline.outbox.unrecorded.window").timer();
        long before = window.count();
        for (int i = 0; i < 200; i++) {
            OutboxTestSupport.enqueue(outbox, OutgoingMessage.sms("+91981234" + String.format("%04d", i), "hello " + i));
        }
        assertEquals(200, dispatcher.drain());
        assertEquals(200, window.count() - before);
        StringBuilder percentiles = new StringBuilder();
        for (ValueAtPercentile p : window.takeSnapshot().percentileValues()) {
            percentiles.append(String.format(" p%.0f %.1f ms", p.percentile() * 100, p.value(TimeUnit.MILLISECONDS)));
        }
        System.out.printf("outbox at-least-once window (provider accepted -> result committed), 200 SMS:%s, max %.1f ms%n",
                percentiles, window.max(TimeUnit.MILLISECONDS));
        assertTrue(window.max(TimeUnit.SECONDS) < 60, "far inside the lease");
    }
}
