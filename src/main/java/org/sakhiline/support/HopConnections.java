package org.sakhiline.support;

import io.agroal.api.AgroalDataSource;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Connections for the short primary-key queries of a menu hop (member books, menu sessions). A database
 * that stops answering must not hold a hop — on an I/O thread, where USSD hops run, the whole event loop —
 * for the minutes TCP would wait, so the connection gets a network timeout for as long as it is held: the
 * query fails, the member hears "service busy", the broken connection leaves the pool.
 */
@ApplicationScoped
public class HopConnections {

    private static final Executor SAME_THREAD = Runnable::run;
    private static final Class<?>[] CONNECTION = {Connection.class};

    private final AgroalDataSource dataSource;
    private final int timeoutMillis;

    public HopConnections(AgroalDataSource dataSource, HopDatabaseConfig config) {
        this.dataSource = dataSource;
        this.timeoutMillis = Math.toIntExact(config.dbNetworkTimeout().toMillis());
    }

    public Connection open() throws SQLException {
        Connection c = dataSource.getConnection();
        if (timeoutMillis <= 0) {
            return c;
        }
        int before;
        try {
            before = c.getNetworkTimeout();
            c.setNetworkTimeout(SAME_THREAD, timeoutMillis);
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        // The pool does not reset a network timeout when a connection comes back, so closing does.
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), CONNECTION, (proxy, method, args) -> {
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
                throw e.getCause();
            }
        });
    }

    @ConfigMapping(prefix = "sakhiline.hops")
    public interface HopDatabaseConfig {
        /** How long a hop's query may wait for the database's answer; 0 = as long as TCP does. */
        @WithDefault("3s")
        Duration dbNetworkTimeout();
    }
}
