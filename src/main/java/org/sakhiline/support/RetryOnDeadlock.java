package org.sakhiline.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a unit of work in a new transaction and runs it again when InnoDB picks it as a deadlock victim
 * (or a lock wait times out). Deadlocks are a normal outcome of concurrent row locking — two
 * dispatchers claiming and recording neighbouring outbox rows take index gap locks — and the advice of
 * the server is exactly this: restart the transaction. Only for work that is safe to repeat.
 */
public final class RetryOnDeadlock {

    private static final Logger LOG = Logger.getLogger(RetryOnDeadlock.class);
    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int ATTEMPTS = 5;

    private RetryOnDeadlock() {}

    public static <T> T inNewTransaction(String what, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work::get);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isDeadlock(e)) {
                    throw e;
                }
                LOG.debugf("%s: deadlock, attempt %d of %d; retrying", what, attempt, ATTEMPTS);
                pause(attempt);
            }
        }
    }

    public static void inNewTransaction(String what, Runnable work) {
        inNewTransaction(what, () -> {
            work.run();
            return null;
        });
    }

    static boolean isDeadlock(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LOCK_WAIT_TIMEOUT
                    || "40001".equals(sql.getSQLState()) || t instanceof SQLTransientException)) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying after a deadlock", e);
        }
    }
}
