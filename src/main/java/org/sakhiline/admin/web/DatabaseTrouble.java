package org.sakhiline.admin.web;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Locale;

/**
 * Tells a database that did not answer for a moment (connection lost or refused, pool exhausted, lock wait or
 * statement timeout, deadlock or a Galera certification conflict) from a bug: the first earns "try again".
 */
public final class DatabaseTrouble {

    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int DEADLOCK = 1213;
    private static final int QUERY_INTERRUPTED = 1969;

    private DatabaseTrouble() {}

    public static boolean isTransient(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String type = t.getClass().getName();
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || type.endsWith("JDBCConnectionException") || type.endsWith("LockTimeoutException")
                    || type.endsWith("QueryTimeoutException") || type.endsWith("PessimisticLockException")) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                String message = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
                if (state.startsWith("08") || state.startsWith("40") || sql.getErrorCode() == LOCK_WAIT_TIMEOUT
                        || sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == QUERY_INTERRUPTED
                        || message.contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The innermost message, for the log line. */
    public static String describe(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
