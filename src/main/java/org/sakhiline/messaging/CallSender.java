package org.sakhiline.messaging;

/**
 * Places a phone call for a VOICE outbox row (the body is what the call says). Implemented by the voice
 * channel; the dispatcher claims VOICE rows only when one is present and ready. Thread-safe.
 */
public interface CallSender {

    /** False when credentials or a caller id are missing: VOICE rows then stay PENDING. */
    boolean ready();

    /** VOICE rows to claim per round; each call waits for its slot under the call rate limit. */
    int batchSize();

    /** Places one call; never throws for provider or network errors (they come back as a failed result). */
    SendResult send(OutboxMessage message);
}
