package org.sakhiline.books.posting;

import java.time.LocalDate;
import org.sakhiline.support.problem.InvalidInputException;

/**
 * Who posts a money movement, from where, and under which idempotency key (for webhooks: the
 * provider's message id). A repeat of the key returns the first result and posts nothing. Built by server
 * code only: the channel and actor are what the server saw (a webhook's verified sender, a signed-in
 * user), never what a client says about itself.
 *
 * @param idempotencyKey a system key {@code <purpose>:<id>}, or a client's key namespaced by
 *                       {@link #forConsoleUser} as {@code client:<username>:<key>}
 * @param actor who posted it, e.g. {@code staff:12}, {@code member:5}, {@code console:meera}
 * @param externalRef optional reference such as a receipt number (client data, max 64)
 * @param note optional free text (client data, max 200)
 * @param requestDigest for client keys: a digest of the request as the client sent it ({@link RequestDigest}),
 *                      so a reused key is told apart from a repeat; null for system keys
 * @param sheetId the meeting sheet whose confirmation (or correction) posts this, written on the ledger row; else null
 */
public record PostingContext(String idempotencyKey, Channel channel, String actor, LocalDate valueDate,
                             String externalRef, String note, String requestDigest, Long sheetId) {

    public static final int MAX_KEY = 200;
    public static final int MAX_ACTOR = 80;
    /** A client's own key, before the server namespaces it. */
    public static final int MAX_CLIENT_KEY = 100;
    static final String CLIENT_PREFIX = "client:";

    public PostingContext {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY) {
            throw new InvalidInputException("idempotencyKey", "must be 1.." + MAX_KEY + " characters");
        }
        if (channel == null) {
            throw new InvalidInputException("channel", "must not be null");
        }
        if (actor == null || actor.isBlank() || actor.length() > MAX_ACTOR) {
            throw new InvalidInputException("actor", "must be 1.." + MAX_ACTOR + " characters");
        }
        if (valueDate == null) {
            throw new InvalidInputException("valueDate", "must not be null");
        }
        if (externalRef != null && externalRef.length() > 64) {
            throw new InvalidInputException("externalRef", "must be at most 64 characters");
        }
        if (note != null && note.length() > 200) {
            throw new InvalidInputException("note", "must be at most 200 characters");
        }
        if ((requestDigest != null) != idempotencyKey.startsWith(CLIENT_PREFIX)) {
            // A client key without a digest could not tell a repeat from a reuse; a system key never has one.
            throw new IllegalArgumentException("a request digest goes with a client key, and only with one");
        }
    }

    public PostingContext(String idempotencyKey, Channel channel, String actor, LocalDate valueDate,
                          String externalRef, String note, String requestDigest) {
        this(idempotencyKey, channel, actor, valueDate, externalRef, note, requestDigest, null);
    }

    /** A posting by server code under a system key ({@code <purpose>:<id>}). */
    public PostingContext(String idempotencyKey, Channel channel, String actor, LocalDate valueDate,
                          String externalRef, String note) {
        this(idempotencyKey, channel, actor, valueDate, externalRef, note, null);
    }

    public static PostingContext of(String idempotencyKey, Channel channel, String actor, LocalDate valueDate) {
        return new PostingContext(idempotencyKey, channel, actor, valueDate, null, null);
    }

    /**
     * A posting asked for by a signed-in console user (a console form, or the API with HTTP Basic): the
     * actor is {@code console:<username>} and her key is stored as {@code client:<username>:<key>}, so it can
     * meet neither another user's keys nor the system's.
     */
    public static PostingContext forConsoleUser(String username, Channel channel, String clientKey, String requestDigest,
                                                LocalDate valueDate, String externalRef, String note) {
        if (username == null || username.isBlank() || username.contains(":")) {
            throw new IllegalArgumentException("not a console username");
        }
        if (clientKey == null || clientKey.isBlank() || clientKey.length() > MAX_CLIENT_KEY) {
            throw new InvalidInputException("Idempotency-Key", "must be 1.." + MAX_CLIENT_KEY + " characters");
        }
        return new PostingContext(CLIENT_PREFIX + username + ":" + clientKey, channel, "console:" + username,
                valueDate, externalRef, note, requestDigest);
    }

    public PostingContext withExternalRef(String ref) {
        return new PostingContext(idempotencyKey, channel, actor, valueDate, ref, note, requestDigest, sheetId);
    }

    /** The same posting, made by confirming (or correcting) a meeting sheet: its ledger row names the sheet. */
    public PostingContext forSheet(long sheet) {
        return new PostingContext(idempotencyKey, channel, actor, valueDate, externalRef, note, requestDigest, sheet);
    }
}
