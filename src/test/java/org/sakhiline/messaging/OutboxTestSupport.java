package org.sakhiline.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;

/** Shared helpers for outbox tests against the real database. */
public final class OutboxTestSupport {

    private OutboxTestSupport() {}

    public static void clearOutbox(EntityManager em) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM outbox_status_event").executeUpdate();
            em.createNativeQuery("DELETE FROM outbox_message").executeUpdate();
        });
    }

    public static long enqueue(Outbox outbox, OutgoingMessage message) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(message));
    }

    public static OutboxMessage load(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxMessage m = OutboxMessage.findById(id);
            if (m == null) {
                throw new AssertionError("no outbox row " + id);
            }
            return m;
        });
    }

    /**
     * A dispatcher beside the application's one, on {@code database}, sending through {@code sender}: its test hooks
     * ({@code afterSend}, {@code halt}) are plain fields and methods, which the application's client proxy hides.
     */
    static OutboxDispatcher dispatcher(javax.sql.DataSource database, SmsSender sender,
                                       io.micrometer.core.instrument.MeterRegistry meters, int workers, int claimSize,
                                       Duration lease, Duration heartbeat) {
        MessagingConfig config = messagingConfig(false, workers, claimSize, lease, heartbeat, lease.minus(heartbeat).dividedBy(2));
        OutboxLeases leases = new OutboxLeases();
        leases.dataSource = (io.agroal.api.AgroalDataSource) database;
        leases.config = config;
        OutboxDispatcher d = new OutboxDispatcher();
        d.leases = leases;
        d.config = config;
        d.smsSender = sender;
        d.meters = meters;
        d.start();
        return d;
    }

    /** The %test settings that matter to plain unit tests, without Quarkus. */
    public static MessagingConfig messagingConfig(boolean logOnly) {
        return messagingConfig(logOnly, 1, 10, Duration.ofSeconds(20), Duration.ofSeconds(5), Duration.ofSeconds(15));
    }

    /** Settings for a dispatcher a test builds itself (e.g. a short lease to watch the heartbeat keep it). */
    public static MessagingConfig messagingConfig(boolean logOnly, int workers, int claimSize, Duration lease,
                                                  Duration heartbeat, Duration sendTimeout) {
        return new MessagingConfig() {
            public boolean logOnly() { return logOnly; }
            public String dispatchInterval() { return "2s"; }
            public int claimSize() { return claimSize; }
            public int sendWorkers() { return workers; }
            public Duration lease() { return lease; }
            public Duration heartbeat() { return heartbeat; }
            public Duration sendTimeout() { return sendTimeout; }
            public int maxAttempts() { return 3; }
            public Duration backoffBase() { return Duration.ofSeconds(2); }
            public Duration backoffMax() { return Duration.ofSeconds(10); }
            public double ratePerSecond() { return 0; }
        };
    }
}
