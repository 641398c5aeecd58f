package org.sakhiline.messaging;

/**
 * Life of an outbox row. PENDING → SENDING (claimed under a lease) → SENT (provider accepted) →
 * DELIVERED / UNDELIVERED / FAILED (delivery report). FAILED is also a permanent send error;
 * DEAD means the retries ran out.
 */
public enum OutboxStatus {
    PENDING, SENDING, SENT, DELIVERED, UNDELIVERED, FAILED, DEAD
}
