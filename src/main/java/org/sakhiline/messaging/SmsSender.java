package org.sakhiline.messaging;

/** Hands one message to a provider. Implementations are thread-safe: the dispatcher sends in parallel. */
public interface SmsSender {

    /** False when credentials are missing: the dispatcher then leaves messages pending. */
    boolean ready();

    /**
     * Sends one message and returns what the provider said; never throws for provider or network
     * errors (those come back as a failed {@link SendResult}).
     */
    SendResult send(OutboxMessage message);

    /**
     * The gateways that can send now, when this sender routes among several: the dispatcher then claims only
     * rows recorded for one of them (or for none), so a gateway without credentials leaves its rows PENDING
     * without spending their attempts. Null: every row.
     */
    default java.util.Set<String> readyGateways() {
        return null;
    }
}
