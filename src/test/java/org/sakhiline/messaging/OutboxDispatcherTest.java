package org.sakhiline.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sakhiline.messaging.OutboxTestSupport.enqueue;
import static org.sakhiline.messaging.OutboxTestSupport.load;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.testing.TwilioApiStub.Reply;
import org.sakhiline.testing.TwilioApiStub;
import org.sakhiline.testing.TwilioStubResource;

@QuarkusTest
@QuarkusTestResource(TwilioStubResource.class)
class OutboxDispatcherTest {

    private static final String TO = "+919812345678";

    @Inject
    Outbox outbox;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    EntityManager em;

    TwilioApiStub stub;

    @BeforeEach
    void clean() {
        OutboxTestSupport.clearOutbox(em);
        stub = TwilioApiStub.current();
        stub.reset();
    }

    @Test
    void sendsThroughTheTwilioApiAndRecordsTheSid() {
        long id = enqueue(outbox, OutgoingMessage.sms(TO, "आपकी बचत ₹1,250 है।").withLanguage("hi")
                .withTemplate("balance", "1107161234567890123"));

        assertEquals(1, dispatcher.dispatchOnce());

        List<TwilioApiStub.Received> requests = stub.received();
        assertEquals(1, requests.size());
        TwilioApiStub.Received r = requests.get(0);
        assertEquals("POST", r.method());
        assertEquals("/2010-04-01/Accounts/" + TwilioStubResource.ACCOUNT_SID + "/Messages.json", r.path());
        assertEquals(TO, r.form().get("To"));
        assertEquals(TwilioStubResource.FROM, r.form().get("From"));
        assertEquals("आपकी बचत ₹1,250 है।", r.form().get("Body"));
        assertEquals("https://sakhiline.test/sms/twilio/status", r.form().get("StatusCallback"));
        assertTrue(r.authorization().startsWith("Basic "), "basic auth with the account SID");

        OutboxMessage m = load(id);
        assertEquals(OutboxStatus.SENT, m.status);
        assertTrue(m.providerId.startsWith("SM"));
        assertEquals("queued", m.providerStatus);
        assertEquals(1, m.attempts);
        assertEquals(SmsEncoding.UCS2, m.encoding);
        assertEquals(1, m.segments);
        assertEquals("1107161234567890123", m.dltTemplateId);
        assertNotNull(m.sentAt);
        assertNull(m.leaseOwner);
    }

    @Test
    void serverErrorsAreRetriedAfterTheBackoff() {
        stub.script(TO, Reply.serverError(), Reply.serverError());
        long id = enqueue(outbox, OutgoingMessage.sms(TO, "Your balance is Rs 1,250"));
        Instant t0 = Instant.now();

        assertEquals(1, dispatcher.dispatchOnce(t0));
        OutboxMessage afterFirst = load(id);
        assertEquals(OutboxStatus.PENDING, afterFirst.status);
        assertEquals(1, afterFirst.attempts);
        assertNotNull(afterFirst.lastError);
        // %test backoff: base 2 s, first retry after 1..2 s (equal jitter).
        assertTrue(!afterFirst.nextAttemptAt.isBefore(t0.plusSeconds(1))
                && !afterFirst.nextAttemptAt.isAfter(t0.plusSeconds(2)), "retry at " + afterFirst.nextAttemptAt);

        assertEquals(0, dispatcher.dispatchOnce(t0.plusMillis(500)), "not due before the backoff ends");
        assertEquals(1, stub.receivedFor(TO).size());

        assertEquals(1, dispatcher.dispatchOnce(t0.plusSeconds(2)));
        OutboxMessage afterSecond = load(id);
        assertEquals(OutboxStatus.PENDING, afterSecond.status);
        assertTrue(afterSecond.nextAttemptAt.isAfter(t0.plusSeconds(2)), "second backoff counts from the retry");

        assertEquals(1, dispatcher.dispatchOnce(t0.plusSeconds(60)));
        OutboxMessage sent = load(id);
        assertEquals(OutboxStatus.SENT, sent.status);
        assertEquals(3, sent.attempts);
        assertNull(sent.lastError);
        assertEquals(3, stub.receivedFor(TO).size());
    }

    @Test
    void aPermanentErrorFailsWithoutRetrying() {
        stub.script(TO, Reply.twilioError(400, 21211, "The 'To' number is not a valid phone number."));
        long id = enqueue(outbox, OutgoingMessage.sms(TO, "hello"));

        assertEquals(1, dispatcher.dispatchOnce());
        OutboxMessage m = load(id);
        assertEquals(OutboxStatus.FAILED, m.status);
        assertEquals(21211, m.errorCode);
        assertTrue(m.lastError.contains("21211"), m.lastError);

        assertEquals(0, dispatcher.dispatchOnce(Instant.now().plus(Duration.ofDays(1))));
        assertEquals(1, stub.receivedFor(TO).size());
    }

    @Test
    void aRateLimitIsRetriedNotFailed() {
        stub.script(TO, Reply.twilioError(429, 20429, "Too Many Requests"));
        long id = enqueue(outbox, OutgoingMessage.sms(TO, "hello"));

        dispatcher.dispatchOnce();
        assertEquals(OutboxStatus.PENDING, load(id).status);
    }

    @Test
    void deadLettersAfterMaxAttempts() {
        stub.script(TO, Reply.serverError(), Reply.serverError(), Reply.serverError(), Reply.serverError());
        long id = enqueue(outbox, OutgoingMessage.sms(TO, "hello"));
        Instant t = Instant.now();

        for (int i = 0; i < 3; i++) { // %test max-attempts = 3
            assertEquals(1, dispatcher.dispatchOnce(t.plus(Duration.ofHours(i))));
        }
        OutboxMessage m = load(id);
        assertEquals(OutboxStatus.DEAD, m.status);
        assertEquals(3, m.attempts);
        assertEquals(0, dispatcher.dispatchOnce(t.plus(Duration.ofDays(1))));
        assertEquals(3, stub.receivedFor(TO).size());
    }

    @Test
    void anExpiredLeaseIsClaimedAgain() {
        long id = enqueue(outbox, OutgoingMessage.sms(TO, "hello"));
        Instant t = Instant.now();
        // Simulate an instance that claimed the row and died before sending.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE outbox_message SET status = 'SENDING', attempts = 1, lease_owner = 'crashed', "
                        + "next_attempt_at = ?1 WHERE id = ?2")
                .setParameter(1, java.sql.Timestamp.from(t.plus(Duration.ofMinutes(5))))
                .setParameter(2, id).executeUpdate());

        assertEquals(0, dispatcher.dispatchOnce(t), "still leased");
        assertEquals(1, dispatcher.dispatchOnce(t.plus(Duration.ofMinutes(6))));
        OutboxMessage m = load(id);
        assertEquals(OutboxStatus.SENT, m.status);
        assertEquals(2, m.attempts);
    }

    @Test
    void aRolledBackTransactionEnqueuesNothing() {
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(OutgoingMessage.sms(TO, "deposit receipt"));
            throw new IllegalStateException("the deposit failed");
        }));

        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count()));
        assertEquals(0, dispatcher.dispatchOnce());
        assertTrue(stub.received().isEmpty());
    }

    @Test
    void enqueueNeedsTheCallersTransaction() {
        assertThrows(TransactionalException.class, () -> outbox.enqueue(OutgoingMessage.sms(TO, "hello")));
    }

    @Test
    void aRepeatedDedupeKeyReturnsTheFirstRow() {
        OutgoingMessage receipt = OutgoingMessage.sms(TO, "Receipt 42: Rs 100 saved").withDedupeKey("receipt:42");
        long first = enqueue(outbox, receipt);
        long again = enqueue(outbox, receipt);
        long sameTx = QuarkusTransaction.requiringNew().call(() -> {
            outbox.enqueue(receipt);
            return outbox.enqueue(receipt);
        });
        long other = enqueue(outbox, receipt.withDedupeKey("receipt:43"));

        assertEquals(first, again);
        assertEquals(first, sameTx);
        assertTrue(other != first);
        assertEquals(2L, (long) QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count()));
        dispatcher.dispatchOnce();
        assertEquals(2, stub.received().size());
    }

    @Test
    void twoDispatchersNeverSendTheSameRowTwice() throws Exception {
        int n = 1000;
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < n; i++) {
                outbox.enqueue(OutgoingMessage.sms("+9198" + String.format("%08d", i), "message " + i));
            }
        });

        // One side runs the scheduled job's pipelined drain(), the other single rounds.
        Callable<Integer> drainLoop = () -> {
            int claimed = 0;
            int round;
            while ((round = dispatcher.drain()) > 0) {
                claimed += round;
            }
            return claimed;
        };
        Callable<Integer> roundLoop = () -> {
            int claimed = 0;
            int round;
            while ((round = dispatcher.dispatchOnce()) > 0) {
                claimed += round;
            }
            return claimed;
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = two.submit(drainLoop);
            Future<Integer> b = two.submit(roundLoop);
            assertEquals(n, a.get() + b.get(), "every row claimed exactly once");
        } finally {
            two.shutdown();
        }

        Map<String, Long> perBody = stub.received().stream()
                .collect(Collectors.groupingBy(r -> r.form().get("Body"), Collectors.counting()));
        assertEquals(n, perBody.size(), "every message reached the provider");
        assertTrue(perBody.values().stream().allMatch(c -> c == 1), "no message sent twice");
        assertEquals((long) n, (long) QuarkusTransaction.requiringNew().call(() -> OutboxMessage.countByStatus(OutboxStatus.SENT)));
    }
}
