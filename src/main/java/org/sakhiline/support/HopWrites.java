package org.sakhiline.support;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.mysqlclient.MySQLBuilder;
import io.vertx.mysqlclient.MySQLConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Default;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * The one write of a read-only hop (its menu session row), sent from the I/O thread without blocking it. The row is
 * InnoDB (Galera replicates nothing else), so the write returns only after its commit is flushed — on one server a
 * log flush, on Galera also certification by the cluster. With JDBC the event loop would sit through that wait and
 * take no other hop meanwhile: on two cores that cost a third of the single server's hops per second. Vert.x's MySQL
 * client sends the statement and frees the loop; the hop is answered when the commit is.
 *
 * <p>Same database, user and breaker as {@link HopConnections}; the same budget ({@code sakhiline.hops.db-network-timeout})
 * for the answer. A URL this class does not understand (several hosts, a socket) leaves it off: then {@link #enabled()}
 * is false and callers write through JDBC as before.
 *
 * <p>The pool opens all its connections at start, and the instance is not ready until it has: opened on first use,
 * the first writes of a loaded instance paid for connect, authentication and the session SET inside the hop budget,
 * and on the local cluster that opened the hop breaker (seconds of "busy") the moment load arrived.
 */
@Readiness
@Default // as well: @Readiness alone would leave the hop code nothing to inject
@ApplicationScoped
public class HopWrites implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(HopWrites.class);
    /** jdbc:mariadb://host[:port]/database[?options]: one host, the form every deployment here uses. */
    private static final Pattern SESSION_VARIABLES = Pattern.compile("[?&]sessionVariables=([^&]*)");
    private static final Pattern ONE_HOST = Pattern.compile("jdbc:(?:mariadb|mysql)://([^/,:?]+)(?::(\\d+))?/([^?;]+).*");

    /** Writes waiting for a connection beyond which the next fails at once ("busy"): a stalled database holds no more. */
    private static final int MAX_WAITING = 256;

    /** Between two attempts to open the pool's connections at start while the database does not take them. */
    private static final long WARM_RETRY_MILLIS = 2_000;

    private final Pool pool;
    private final HopBreaker breaker;
    private final Duration budget;
    private final Vertx vertx;
    private final int connections;
    /** Every connection of the pool opened once (or no pool): until then readiness is down. */
    private volatile boolean warm;
    private volatile boolean closed;

    public HopWrites(Vertx vertx, HopConnections connections, HopConnections.HopDatabaseConfig config,
                     @ConfigProperty(name = "quarkus.datasource.hops.jdbc.url") String url,
                     @ConfigProperty(name = "quarkus.datasource.hops.username") Optional<String> user,
                     @ConfigProperty(name = "quarkus.datasource.hops.password") Optional<String> password) {
        boolean wanted = config.nonBlockingWrites();
        int maxSize = config.writeConnections();
        this.breaker = connections.breaker();
        this.budget = config.dbNetworkTimeout();
        this.vertx = vertx;
        this.connections = maxSize;
        Optional<MySQLConnectOptions> target = wanted ? connectOptions(url, user, password) : Optional.empty();
        if (wanted && target.isEmpty()) {
            LOG.warnf("Hop session writes block the I/O thread: the hops datasource URL is not of the form"
                    + " jdbc:mariadb://host:port/database (it names several hosts or a socket)");
        }
        String sessionSet = sessionVariables(url);
        this.pool = target.map(options -> MySQLBuilder.pool()
                .with(new PoolOptions().setMaxSize(maxSize).setMaxWaitQueueSize(MAX_WAITING).setName("hop-writes"))
                .connectingTo(options)
                .withConnectHandler(sessionSet == null ? null : connection -> connection.query(sessionSet).execute()
                        .onComplete(done -> {
                            if (done.failed()) {
                                LOG.warnf("Hop session writes: %s failed on a new connection: %s", sessionSet, done.cause());
                            }
                            connection.close();
                        }))
                .using(vertx)
                .build()).orElse(null);
        this.warm = pool == null;
    }

    /** Opens the pool's connections in the background; readiness waits for them (see the class comment). */
    void warmUp(@Observes StartupEvent start) {
        if (pool != null) {
            openAll(0);
        }
    }

    private void openAll(int failedBefore) {
        List<Future<SqlConnection>> opening = IntStream.range(0, connections).mapToObj(i -> pool.getConnection()).toList();
        Future.join(opening).onComplete(done -> {
            opening.stream().filter(Future::succeeded).forEach(connection -> connection.result().close());
            if (done.succeeded()) {
                warm = true;
                return;
            }
            if (failedBefore % 30 == 0) { // the first time, then once a minute
                LOG.warnf("Hop session writes: could not open %d connections to the database (%s); not ready,"
                        + " trying again every %d s", connections, done.cause(), WARM_RETRY_MILLIS / 1000);
            }
            if (!closed) {
                vertx.setTimer(WARM_RETRY_MILLIS, retry -> {
                    if (!closed) {
                        openAll(failedBefore + 1);
                    }
                });
            }
        });
    }

    /** Connections the pool holds now (open or being opened). */
    int openConnections() {
        return pool == null ? 0 : pool.size();
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("hop-writes").status(warm).build();
    }

    /**
     * The JDBC URL's {@code sessionVariables} (e.g. {@code wsrep_sync_wait=1} on the local cluster) as one SET statement
     * for each new connection of this pool, so its writes run under the same settings as JDBC's; null when there are
     * none. Only name=value pairs of plain words are taken: anything else is left out and said at start.
     */
    static String sessionVariables(String url) {
        Matcher m = url == null ? null : SESSION_VARIABLES.matcher(url);
        if (m == null || !m.find()) {
            return null;
        }
        java.util.List<String> assignments = new java.util.ArrayList<>();
        for (String pair : m.group(1).split(",")) {
            if (pair.matches("[A-Za-z_][A-Za-z0-9_]*=[A-Za-z0-9_.']+")) {
                assignments.add(pair);
            } else if (!pair.isBlank()) {
                LOG.warnf("Hop session writes: session variable '%s' of the JDBC URL is not a plain name=value; not set", pair);
            }
        }
        return assignments.isEmpty() ? null : "SET SESSION " + String.join(", ", assignments);
    }

    static Optional<MySQLConnectOptions> connectOptions(String url, Optional<String> user, Optional<String> password) {
        Matcher m = url == null ? null : ONE_HOST.matcher(url.trim());
        if (m == null || !m.matches() || url.contains("localSocket") || url.contains("pipe=")) {
            return Optional.empty();
        }
        MySQLConnectOptions options = new MySQLConnectOptions()
                .setHost(m.group(1))
                .setPort(m.group(2) == null ? 3306 : Integer.parseInt(m.group(2)))
                .setDatabase(m.group(3))
                .setCharset("utf8mb4")
                .setCachePreparedStatements(true)
                .setPreparedStatementCacheMaxSize(64)
                .setConnectTimeout(1000)
                .setMetricsName("hop-writes");
        user.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        return Optional.of(options);
    }

    /** False when writes go through JDBC (switched off, or a URL this class cannot use). */
    public boolean enabled() {
        return pool != null;
    }

    /**
     * Runs one write statement; the Uni gives the rows it changed. Fails at once while the hop breaker is open, and
     * when the database has not answered within the hop budget (it may still apply the write later: the caller
     * answers "busy", and a repeat of the hop finds whatever was stored).
     */
    public Uni<Integer> update(String sql, Tuple arguments) {
        if (breaker.isOpen()) {
            return Uni.createFrom().failure(new SQLTransientConnectionException("hop database circuit open: not tried", "08000"));
        }
        return Uni.createFrom().completionStage(() -> pool.preparedQuery(sql).execute(arguments).toCompletionStage())
                .ifNoItem().after(budget).failWith(() -> new TimeoutException("hop database did not answer within " + budget))
                .onItem().transform(rows -> {
                    breaker.answered();
                    return rows.rowCount();
                })
                .onFailure().invoke(failure -> {
                    if (unavailable(failure)) {
                        breaker.failed(failure);
                    } else {
                        breaker.answered();
                    }
                });
    }

    /** A failure that says the database is out of reach, not that it refused the statement. */
    private static boolean unavailable(Throwable failure) {
        return failure instanceof TimeoutException || failure instanceof java.io.IOException
                || failure instanceof io.vertx.core.VertxException && !(failure instanceof io.vertx.mysqlclient.MySQLException)
                || failure instanceof SQLTransientConnectionException;
    }

    @PreDestroy
    void close() {
        closed = true;
        if (pool != null) {
            pool.close();
        }
    }
}
