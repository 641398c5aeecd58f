package org.sakhiline.books.posting;

import jakarta.persistence.EntityManager;
import org.sakhiline.support.problem.ConflictException;

/**
 * The first request each client idempotency key was used for ({@code client_request}). A posting with a
 * client key claims it inside its own transaction, after locking its account row: a key first seen is
 * recorded with the request's digest; a key seen before with another digest is refused as a conflict that
 * names nothing of the earlier posting; the same digest goes on to the ledger's own replay.
 */
public final class ClientRequests {

    private ClientRequests() {}

    /**
     * No-op for system keys. The upsert takes the key's row lock whether the key is new or not (a racing first
     * use waits for the other transaction instead of deadlocking on a gap lock), and never changes the digest
     * recorded first; the locking read then sees that first digest.
     */
    public static void claim(EntityManager em, PostingContext ctx) {
        if (ctx.requestDigest() == null) {
            return;
        }
        em.createNativeQuery("INSERT INTO client_request (idempotency_key, request_hash) VALUES (?1, ?2)"
                        + " ON DUPLICATE KEY UPDATE idempotency_key = idempotency_key")
                .setParameter(1, ctx.idempotencyKey()).setParameter(2, ctx.requestDigest()).executeUpdate();
        Object first = em.createNativeQuery("SELECT request_hash FROM client_request WHERE idempotency_key = ?1 FOR UPDATE")
                .setParameter(1, ctx.idempotencyKey()).getSingleResult();
        if (!ctx.requestDigest().equals(first)) {
            throw reused();
        }
    }

    /** The one answer to a reused key: it says what to do, and nothing about the other request. */
    public static ConflictException reused() {
        return new ConflictException(ConflictException.IDEMPOTENCY_KEY_REUSED,
                "this idempotency key was already used for a different request; use a new key for a new request");
    }
}
