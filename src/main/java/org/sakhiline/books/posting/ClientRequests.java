package org.sakhiline.books.posting;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.sakhiline.support.problem.ConflictException;

/**
 * The first request each client idempotency key was used for ({@code client_request}). A posting with a
 * client key claims it inside its own transaction, after locking its account row: a key first seen is
 * recorded with the request's digest; a key seen before with another digest is refused as a conflict that
 * names nothing of the earlier posting; the same digest goes on to the ledger's own replay.
 */
public final class ClientRequests {

    private ClientRequests() {}

    /** No-op for system keys. A concurrent first use of the key surfaces as a unique violation (retried by {@link IdempotentPost}). */
    public static void claim(EntityManager em, PostingContext ctx) {
        if (ctx.requestDigest() == null) {
            return;
        }
        List<?> earlier = em.createNativeQuery("SELECT request_hash FROM client_request WHERE idempotency_key = ?1 FOR UPDATE")
                .setParameter(1, ctx.idempotencyKey()).getResultList();
        if (earlier.isEmpty()) {
            em.createNativeQuery("INSERT INTO client_request (idempotency_key, request_hash) VALUES (?1, ?2)")
                    .setParameter(1, ctx.idempotencyKey()).setParameter(2, ctx.requestDigest()).executeUpdate();
        } else if (!ctx.requestDigest().equals(earlier.get(0))) {
            throw reused();
        }
    }

    /** The one answer to a reused key: it says what to do, and nothing about the other request. */
    public static ConflictException reused() {
        return new ConflictException(ConflictException.IDEMPOTENCY_KEY_REUSED,
                "this idempotency key was already used for a different request; use a new key for a new request");
    }
}
