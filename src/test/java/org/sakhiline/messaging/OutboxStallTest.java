package org.sakhiline.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.testing.StallProxy;
import org.sakhiline.testing.TwilioApiStub;
import org.sakhiline.testing.TwilioStubResource;

/**
 * The outbox's database connections give up on a read after their socket timeout. Seen on the local Galera cluster:
 * a node left the server thread of one connection "Killed" and never answered it again; the result writer waited on
 * that read for ever, every send worker waited on the writer, and the heartbeat kept their rows leased — messages
 * that were never sent, and never would be. Here the outbox's pool goes through a TCP proxy that freezes every open
 * connection the moment the provider accepts the first message (new connections still flow): the dispatcher must
 * finish, every message sent once and recorded.
 */
@QuarkusTest
@QuarkusTestResource(TwilioStubResource.class)
@TestProfile(OutboxStallTest.OutboxBehindAStallProxy.class)
class OutboxStallTest {

    public static class OutboxBehindAStallProxy implements QuarkusTestProfile {
        static final StallProxy PROXY = StallProxy.inFrontOfTestDatabase();

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.outbox.jdbc.url", PROXY.jdbcUrl(),
                    // short, so the test is quick; production waits 20 s (application.properties)
                    "quarkus.datasource.outbox.jdbc.additional-jdbc-properties.socketTimeout", "2000",
                    "sakhiline.twilio.auth-token", TwilioStubResource.AUTH_TOKEN);
        }
    }

    @Inject
    Outbox outbox;
    @Inject
    @DataSource("outbox")
    AgroalDataSource outboxDatabase;
    @Inject
    SmsSender smsSender;
    @Inject
    MeterRegistry meters;
    @Inject
    EntityManager em;

    TwilioApiStub stub;
    OutboxDispatcher dispatcher;
    final ExecutorService background = Executors.newSingleThreadExecutor();

    @BeforeEach
    void clean() {
        OutboxTestSupport.clearOutbox(em);
        stub = TwilioApiStub.current();
        stub.reset();
    }

    @AfterEach
    void restore() {
        if (dispatcher != null) {
            dispatcher.stop();
        }
        OutboxBehindAStallProxy.PROXY.heal();
        background.shutdownNow();
    }

    @Test
    void aConnectionThatNeverAnswersAgainDoesNotHoldTheDispatcherForEver() throws Exception {
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> {
            List<Long> enqueued = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                enqueued.add(outbox.enqueue(OutgoingMessage.sms("+9198124" + String.format("%05d", i), "stall " + i)));
            }
            return enqueued;
        });
        AtomicBoolean frozen = new AtomicBoolean();
        dispatcher = OutboxTestSupport.dispatcher(outboxDatabase, smsSender, meters, 2, 5, Duration.ofSeconds(20),
                Duration.ofSeconds(5));
        dispatcher.afterSend = m -> {
            if (frozen.compareAndSet(false, true)) {
                OutboxBehindAStallProxy.PROXY.freezeExisting(); // the claim's connection, the pool's idle ones
            }
        };

        long t0 = System.nanoTime();
        Future<Integer> run = background.submit(() -> dispatcher.drain());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(run::isDone);
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;

        assertTrue(frozen.get(), "the connections froze mid-dispatch");
        assertEquals(ids.size(), run.get(), "every row claimed");
        for (long id : ids) {
            assertEquals(OutboxStatus.SENT, OutboxTestSupport.load(id).status, "row " + id + " sent and recorded");
        }
        Map<String, Long> perBody = stub.received().stream()
                .collect(Collectors.groupingBy(r -> r.form().get("Body"), Collectors.counting()));
        assertEquals(ids.size(), perBody.size(), "no message missing");
        assertTrue(perBody.values().stream().allMatch(c -> c == 1), "each sent once: " + perBody);
        System.out.printf("outbox with its connections frozen mid-dispatch: done in %d s%n", seconds);
    }
}
