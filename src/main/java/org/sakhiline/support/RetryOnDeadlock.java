package org.sakhiline.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a unit of work in a new transaction and runs it again when InnoDB picks it as a deadlock victim
 * (or a lock wait times out), or Galera fails it at commit for a certification conflict (also 1213). Deadlocks
 * are a normal outcome of concurrent row locking — two dispatchers claiming and recording neighbouring outbox
 * rows take index gap locks — and the advice of the server is exactly this: restart the transaction. Bounded
 * (five attempts) with a jittered pause that doubles, so two retrying writers do not collide again in step.
 * Only for work that is safe to repeat: everything it did was rolled back, and idempotency keys make a posting
 * that did commit replay.
 */
public final class RetryOnDeadlock {

    private static final Logger LOG = Logger.getLogger(RetryOnDeadlock.class);
    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int ATTEMPTS = 5;

    private RetryOnDeadlock() {}

    public static <T> T inNewTransaction(String what, Supplier<T> work) {
        try {
            return outsideTransaction(what, () -> QuarkusTransaction.requiringNew().call(work::get));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);   // not reached: the work throws unchecked exceptions only
        }
    }

    public static void inNewTransaction(String what, Runnable work) {
        inNewTransaction(what, () -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} (which opens and ends its own transaction) again after a conflict, up to five times. */
    public static <T> T outsideTransaction(String what, Callable<T> work) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.call();
            } catch (Exception e) {
                if (attempt >= ATTEMPTS || !isDeadlock(e)) {
                    throw e;
                }
                LOG.debugf("%s: conflict (%s), attempt %d of %d; retrying", what, e.getMessage(), attempt, ATTEMPTS);
                pause(attempt);
            }
        }
    }

    /** A conflict the server asks to retry, anywhere in the causes (or suppressed causes: a failed commit's). */
    public static boolean isDeadlock(Throwable e) {
        return isDeadlock(e, 0);
    }

    private static boolean isDeadlock(Throwable e, int depth) {
        for (Throwable t = e; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LOCK_WAIT_TIMEOUT
                    || "40001".equals(sql.getSQLState()) || t instanceof SQLTransientException)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isDeadlock(suppressed, depth + 1)) {
                    return true;
                }
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
