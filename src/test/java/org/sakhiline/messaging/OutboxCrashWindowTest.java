package org.sakhiline.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.testing.TwilioApiStub;
import org.sakhiline.testing.TwilioApiStub.Reply;
import org.sakhiline.testing.TwilioStubResource;

/**
 * The outbox's crash window (issue 17), with a second dispatcher built beside the application's one, both on
 * the real database and sending through the real Twilio adapter to the local stub: a dispatcher killed mid-claim
 * leaves at most one re-send per send worker and its unsent rows due within one lease; the heartbeat keeps a
 * slow claim's rows from another dispatcher; a graceful stop gives back what it did not start.
 */
@QuarkusTest
@QuarkusTestResource(TwilioStubResource.class)
class OutboxCrashWindowTest {

    @Inject
    Outbox outbox;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    OutboxLeases leases;
    @Inject
    SmsSender smsSender;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    MeterRegistry meters;
    @Inject
    EntityManager em;

    TwilioApiStub stub;
    OutboxDispatcher other;
    final ExecutorService background = Executors.newSingleThreadExecutor();

    @BeforeEach
    void clean() {
        OutboxTestSupport.clearOutbox(em);
        stub = TwilioApiStub.current();
        stub.reset();
    }

    @AfterEach
    void stopOther() {
        if (other != null) {
            other.stop();
        }
        background.shutdownNow();
    }

    @Test
    void aKilledDispatcherResendsAtMostOnePerWorkerAndItsClaimedRowsAreDueWithinOneLease() {
        int workers = 4;
        Duration lease = Duration.ofSeconds(20);
        other = dispatcher(workers, workers, lease, Duration.ofSeconds(5));
        List<Long> ids = enqueue(60, null);
        AtomicInteger accepted = new AtomicInteger();
        AtomicReference<Instant> killedAt = new AtomicReference<>();
        other.afterSend = m -> {
            if (accepted.incrementAndGet() == 10) { // the 10th message the provider accepted: kill -9 now
                killedAt.set(Instant.now());
                other.halt();
            }
        };

        other.drain();
        // The bound counts from the dead instance's last act: a claim it had begun as the kill landed still commits.
        Instant killed = Instant.now();
        assertTrue(killedAt.get() != null, "the kill happened");
        List<OutboxMessage> abandoned = rows(OutboxStatus.SENDING);
        assertTrue(!abandoned.isEmpty(), "the killed dispatcher left claimed rows behind");
        for (OutboxMessage m : abandoned) {
            assertTrue(!m.nextAttemptAt.isAfter(killed.plus(lease)),
                    "row " + m.id + " leased until " + m.nextAttemptAt + ", more than one lease after the kill " + killed);
        }

        // Another instance at the moment of the kill: it sends what nobody claimed, and leaves the leased rows.
        dispatcher.dispatchOnce(killed);
        assertEquals(abandoned.size(), rows(OutboxStatus.SENDING).size(), "leased rows are not taken early");
        // One lease after the kill they are due, and it sends them.
        dispatcher.dispatchOnce(killed.plus(lease));
        assertEquals(ids.size(), rows(OutboxStatus.SENT).size(), "every row sent and recorded");

        Map<String, Long> perBody = stub.received().stream()
                .collect(Collectors.groupingBy(r -> r.form().get("Body"), Collectors.counting()));
        assertEquals(ids.size(), perBody.size(), "no message missing");
        long duplicates = stub.received().size() - ids.size();
        System.out.printf("outbox crash window: %d workers, %d rows claimed and unsent at the kill, %d re-sent; "
                + "due again within one lease (%s)%n", workers, abandoned.size(), duplicates, lease);
        assertTrue(duplicates >= 1, "the send in flight at the kill goes out again (it was never recorded)");
        assertTrue(duplicates <= workers, duplicates + " re-sent, more than one per worker");
        assertTrue(perBody.values().stream().allMatch(c -> c <= 2), "no message sent more than twice");
    }

    @Test
    void theHeartbeatKeepsASlowClaimsRowsFromAnotherDispatcher() throws Exception {
        // One worker, five rows claimed at once, 600 ms a send: the claim outlives its 2 s lease threefold over.
        other = dispatcher(1, 5, Duration.ofSeconds(2), Duration.ofMillis(250));
        List<Long> ids = enqueue(5, Reply.slow(600));

        Future<Integer> run = background.submit(other::drain);
        ConcurrentLinkedQueue<OutboxMessage> stolen = new ConcurrentLinkedQueue<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            stolen.addAll(leases.claim(Instant.now(), OutboxChannel.SMS, 100).rows()); // the other instance
            return run.isDone();
        });

        assertEquals(5, run.get());
        assertTrue(stolen.isEmpty(), stolen.size() + " rows taken by another dispatcher while still being worked");
        for (long id : ids) {
            OutboxMessage m = OutboxTestSupport.load(id);
            assertEquals(OutboxStatus.SENT, m.status);
            assertEquals(1, m.attempts);
        }
        assertEquals(5, stub.received().size(), "each sent once");
    }

    @Test
    void aGracefulStopFinishesTheSendInFlightAndGivesTheRestBack() {
        other = dispatcher(1, 4, Duration.ofSeconds(20), Duration.ofSeconds(5));
        List<Long> ids = enqueue(4, Reply.slow(800));

        Future<Integer> run = background.submit(other::drain);
        await().atMost(Duration.ofSeconds(30)).until(() -> stub.received().size() == 1); // first send in flight
        other.stop();
        await().atMost(Duration.ofSeconds(30)).until(run::isDone);

        Instant afterStop = Instant.now();
        assertEquals(1, stub.received().size(), "nothing started after the stop");
        assertEquals(1, rows(OutboxStatus.SENT).size(), "the send in flight was recorded");
        List<OutboxMessage> back = rows(OutboxStatus.PENDING);
        assertEquals(3, back.size(), "the rest are given back, not left leased");
        for (OutboxMessage m : back) {
            assertEquals(0, m.attempts, "an attempt that never happened is not counted");
            assertNull(m.leaseOwner);
            assertTrue(!m.nextAttemptAt.isAfter(afterStop), "due at once, not after a lease");
        }
        assertEquals(3, dispatcher.dispatchOnce(), "another instance sends them straight away");
        assertEquals(ids.size(), rows(OutboxStatus.SENT).size());
    }

    @Test
    void aResultWhoseLeasePassedToAnotherDispatcherIsNotRecorded() {
        long id = OutboxTestSupport.enqueue(outbox, OutgoingMessage.sms("+919812340001", "hello"));
        Instant now = Instant.now();
        OutboxLeases.Claim first = leases.claim(now, OutboxChannel.SMS, 1);
        // Its heartbeats did not reach the database for a whole lease: another dispatcher takes the row.
        Instant later = now.plus(Duration.ofMinutes(1));
        OutboxLeases.Claim second = leases.claim(later, OutboxChannel.SMS, 1);
        assertEquals(List.of(id), second.rows().stream().map(m -> m.id).toList());

        assertEquals(0, leases.record(second, second.rows(), List.of(SendResult.accepted("SM-second", "queued")), later));
        assertEquals(1, leases.record(first, first.rows(), List.of(SendResult.accepted("SM-first", "queued")), later),
                "the first holder's result is not written");
        leases.release(first, first.rows(), later);

        OutboxMessage m = OutboxTestSupport.load(id);
        assertEquals(OutboxStatus.SENT, m.status);
        assertEquals("SM-second", m.providerId, "recorded once, by the lease holder");
        assertEquals(2, m.attempts);
    }

    /** A second dispatcher, as another instance would run one, with its own settings. */
    private OutboxDispatcher dispatcher(int workers, int claimSize, Duration lease, Duration heartbeat) {
        return OutboxTestSupport.dispatcher(dataSource, smsSender, meters, workers, claimSize, lease, heartbeat);
    }

    private List<Long> enqueue(int n, Reply reply) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Long> ids = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                String to = "+9198123" + String.format("%05d", i);
                if (reply != null) {
                    stub.script(to, reply);
                }
                ids.add(outbox.enqueue(OutgoingMessage.sms(to, "message " + i)));
            }
            return ids;
        });
    }

    private static List<OutboxMessage> rows(OutboxStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list("status", status));
    }
}
