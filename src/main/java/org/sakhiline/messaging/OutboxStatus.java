package org.sakhiline.messaging;

/**
 * Life of an outbox row. PENDING → SENDING (claimed under a lease) → SENT (provider accepted) →
 * DELIVERED / UNDELIVERED / FAILED (delivery report). FAILED is also a permanent send error;
 * DEAD means the retries ran out. CANCELLED: withdrawn before sending (the number was taken off the
 * member it was for); never sent, never retried.
 */
public enum OutboxStatus {
    PENDING, SENDING, SENT, DELIVERED, UNDELIVERED, FAILED, DEAD, CANCELLED
}
