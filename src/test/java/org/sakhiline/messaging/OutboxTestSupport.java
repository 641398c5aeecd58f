package org.sakhiline.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

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
}
