package org.sakhiline.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Connections for the short primary-key queries of a menu hop (member books, menu sessions), from a pool of
 * their own ({@code quarkus.datasource.hops}) whose connection wait is short: a hop never queues behind
 * the workers' transactions, and never waits long for a connection. A database that stops answering must
 * not hold a hop — on an I/O thread, where USSD hops run, the whole event loop — for the minutes TCP would
 * wait, so the connection gets a network timeout for as long as it is held: the query fails, the member
 * hears "service busy", the broken connection leaves the pool. Failures feed the {@link HopBreaker}: once it
 * opens, {@link #open()} fails at once without touching the database until the probe succeeds.
 */
@ApplicationScoped
public class HopConnections {

    private static final Executor SAME_THREAD = Runnable::run;
    private static final Class<?>[] CONNECTION = {Connection.class};

    private final AgroalDataSource dataSource;
    private final int timeoutMillis;
    private final HopBreaker breaker;

    public HopConnections(@DataSource("hops") AgroalDataSource dataSource, HopDatabaseConfig config) {
        this.dataSource = dataSource;
        this.timeoutMillis = Math.toIntExact(config.dbNetworkTimeout().toMillis());
        this.breaker = new HopBreaker(config.failuresToOpen(), config.openFor(), System::nanoTime);
    }

    /** The breaker hops consult before they start (to answer "busy" without the database, or to probe). */
    public HopBreaker breaker() {
        return breaker;
    }

    public Connection open() throws SQLException {
        if (breaker.isOpen() && !probingHere.get()) {
            throw new SQLTransientConnectionException("hop database circuit open: not tried", "08000");
        }
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException | RuntimeException e) {
            breaker.failed(e);
            throw e;
        }
        int before;
        try {
            before = c.getNetworkTimeout();
            if (timeoutMillis > 0) {
                c.setNetworkTimeout(SAME_THREAD, timeoutMillis);
            }
        } catch (SQLException | RuntimeException e) {
            breaker.failed(e);
            try {
                c.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        // The pool does not reset a network timeout when a connection comes back, so closing does.
        boolean[] unavailable = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), CONNECTION, (proxy, method, args) -> {
            if ("close".equals(method.getName()) && !unavailable[0]) {
                breaker.answered();
            }
            if ("close".equals(method.getName()) && !c.isClosed()) {
                try {
                    c.setNetworkTimeout(SAME_THREAD, before);
                } catch (SQLException e) {
                    // It must not go back to the pool still bounded: the next user may run a long query.
                    c.abort(SAME_THREAD);
                }
            }
            try {
                return method.invoke(c, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof SQLException sql && unavailable(sql)) {
                    unavailable[0] = true;
                    breaker.failed(sql);
                } else if (cause instanceof SQLException) {
                    breaker.answered(); // the database answered, if with a refusal
                }
                throw cause;
            }
        });
    }

    /** Set on the one thread probing an open breaker: its connections go through. */
    private final ThreadLocal<Boolean> probingHere = ThreadLocal.withInitial(() -> false);

    /**
     * Runs {@code hop} as the breaker allows: at once when closed; as the single probe after an open spell,
     * on a worker only ({@code toWorker} hands an I/O-thread hop over for that); otherwise not at all:
     * {@code busy} answers without the database.
     */
    public <T> T guarded(boolean ioThread, Supplier<T> hop, Supplier<T> busy, Supplier<T> toWorker) {
        HopBreaker.Admission admission = breaker.admit(!ioThread);
        if (admission == HopBreaker.Admission.GO) {
            return hop.get();
        }
        if (admission == HopBreaker.Admission.BUSY) {
            return ioThread && breaker.awaitsProbe() ? toWorker.get() : busy.get();
        }
        return probe() ? hop.get() : busy.get();
    }

    /**
     * The probe itself: one {@code SELECT 1} on the hop pool, under its network timeout. A caller's hop is not
     * the probe, because a hop's worker part also uses the main pool, which has no such timeout: a probe into a
     * database that still stalls would hold her for as long as TCP does.
     */
    private boolean probe() {
        probingHere.set(true);
        try (Connection c = open(); Statement statement = c.createStatement()) {
            statement.execute("SELECT 1");
        } catch (SQLException | RuntimeException e) {
            breaker.failed(e); // (again, when the connection already told it: harmless, it stays open)
            return false;
        } finally {
            probingHere.set(false);
        }
        breaker.succeeded();
        return true;
    }

    /** A failure that says the database is out of reach, not that it refused this statement. */
    static boolean unavailable(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLTimeoutException || e instanceof SQLRecoverableException
                || (state != null && state.startsWith("08"));
    }

    @ConfigMapping(prefix = "sakhiline.hops")
    public interface HopDatabaseConfig {
        /** How long a hop's query may wait for the database's answer; 0 = as long as TCP does. */
        @WithDefault("1s")
        Duration dbNetworkTimeout();

        /** Database failures in a row after which hops answer "busy" without trying. */
        @WithDefault("2")
        int failuresToOpen();

        /** How long hops answer "busy" before one hop probes the database again. */
        @WithDefault("5s")
        Duration openFor();

        /** The session write of a hop on an I/O thread is sent without blocking it ({@link HopWrites}); false: JDBC. */
        @WithDefault("true")
        boolean nonBlockingWrites();

        /** Connections of {@link HopWrites}' own pool. */
        @WithDefault("8")
        int writeConnections();
    }
}
