package org.sakhiline.books.posting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.sakhiline.support.Transactions;

/**
 * Runs one idempotent posting. Posting code locks the account row first and then looks the key up, so
 * requests racing on one member serialise and the second one replays. The unique keys in the schema are
 * the last guard: when an insert still hits one (a key reused concurrently on another member, or a
 * snapshot taken before the lock), the failed transaction is rolled back and the attempt re-run once in
 * a fresh transaction, where the key lookup finds the winner and replays or reports the conflict.
 *
 * <p>When the caller already has a transaction (e.g. to write an outbox row with the post), the attempt
 * joins it and a unique violation propagates: the caller's transaction is doomed and its retry replays.
 */
public final class IdempotentPost {

    private static final int MARIADB_DUPLICATE_ENTRY = 1062;

    private IdempotentPost() {}

    public static <T> T run(Supplier<T> attempt) {
        if (Transactions.inTransaction()) {
            return attempt.get();
        }
        try {
            return inNewTransaction(attempt);
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            return inNewTransaction(attempt);
        }
    }

    private static <T> T inNewTransaction(Supplier<T> attempt) {
        try {
            return QuarkusTransaction.requiringNew().call(attempt::get);
        } catch (QuarkusTransactionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == MARIADB_DUPLICATE_ENTRY) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
