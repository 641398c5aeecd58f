package org.sakhiline.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.sakhiline.testing.TwilioApiStub;
import org.sakhiline.testing.TwilioStubResource;

/**
 * Benchmark, not part of the suite (the name does not end in Test): enqueues {@code bench.messages}
 * SMS and measures how fast the dispatcher drains them into the local Twilio stub through the real
 * SDK, rate limit off. Run with {@code bench/outbox-dispatch.sh}.
 */
@QuarkusTest
@QuarkusTestResource(TwilioStubResource.class)
class OutboxDispatchBench {

    private static final Logger LOG = Logger.getLogger(OutboxDispatchBench.class);

    @Inject
    Outbox outbox;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    MessagingConfig config;

    @Inject
    EntityManager em;

    @Test
    void dispatchRate() {
        int n = Integer.getInteger("bench.messages", 20_000);
        OutboxTestSupport.clearOutbox(em);
        TwilioApiStub stub = TwilioApiStub.current();
        stub.reset();

        long t0 = System.nanoTime();
        for (int done = 0; done < n; ) {
            int from = done;
            int to = Math.min(n, done + 1000);
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = from; i < to; i++) {
                    outbox.enqueue(OutgoingMessage.sms("+9197" + String.format("%08d", i),
                            "Aapki bachat Rs 1,250 hai. Agli baithak Somvar 10 baje. #" + i));
                }
            });
            done = to;
        }
        double enqueueSeconds = (System.nanoTime() - t0) / 1e9;

        long t1 = System.nanoTime();
        int claimed = 0;
        int round;
        while ((round = dispatcher.drain()) > 0) { // what the scheduled job runs each tick
            claimed += round;
        }
        double dispatchSeconds = (System.nanoTime() - t1) / 1e9;

        assertEquals(n, claimed);
        assertEquals(n, stub.received().size());
        assertEquals((long) n, (long) QuarkusTransaction.requiringNew()
                .call(() -> OutboxMessage.countByStatus(OutboxStatus.SENT)));
        LOG.infof("BENCH outbox: %d messages, enqueue %.0f msg/s (%.2f s), dispatch %.0f msg/s (%.2f s) "
                        + "[claim %d, workers %d, lease %s, rate limit off]",
                n, n / enqueueSeconds, enqueueSeconds, n / dispatchSeconds, dispatchSeconds,
                config.effectiveClaimSize(), config.sendWorkers(), config.lease());
    }
}
