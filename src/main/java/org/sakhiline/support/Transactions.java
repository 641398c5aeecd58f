package org.sakhiline.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Status;

/** Whether this thread runs inside a transaction (QuarkusTransaction.isActive() is deprecated for removal). */
public final class Transactions {

    private Transactions() {}

    /** True when a transaction is associated with this thread, whatever its state (as isActive() answered). */
    public static boolean inTransaction() {
        return QuarkusTransaction.getStatus() != Status.STATUS_NO_TRANSACTION;
    }
}
