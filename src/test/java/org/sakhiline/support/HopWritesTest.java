package org.sakhiline.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.vertx.core.Vertx;
import io.vertx.mysqlclient.MySQLConnectOptions;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.sakhiline.channel.session.MenuSession;
import org.sakhiline.channel.session.MenuSessionStore;

/**
 * The session write of a hop answered on an I/O thread goes through Vert.x's MySQL client, every other session write
 * through JDBC. Both must agree on the row to the microsecond: a kept copy's conditional write compares the row's
 * write time, and a disagreement (a time zone, lost microseconds) would silently send every hop to a worker.
 */
@QuarkusTest
public class HopWritesTest {

    /** On by default (see application.properties): switched off here, to test the JDBC path. */
    public static class JdbcWrites implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sakhiline.hops.non-blocking-writes", "false");
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Inject
    MenuSessionStore sessions;
    @Inject
    HopWrites writes;
    @Inject
    Vertx vertx;
    @Inject
    HopConnections connections;
    @Inject
    HopConnections.HopDatabaseConfig config;

    @Test
    void theInstanceIsReadyOnlyOnceEveryWriteConnectionIsOpen() throws InterruptedException {
        for (int i = 0; i < 100 && writes.call().getStatus() != HealthCheckResponse.Status.UP; i++) {
            Thread.sleep(100); // the opening runs in the background from start
        }
        assertEquals(HealthCheckResponse.Status.UP, writes.call().getStatus());
        assertEquals(config.writeConnections(), writes.openConnections(),
                "every connection opened at start, not by the first hops under load");
    }

    @Test
    void aDatabaseThatTakesNoConnectionKeepsItNotReady() throws InterruptedException {
        HopWrites nowhere = new HopWrites(vertx, connections, config, "jdbc:mariadb://127.0.0.1:9/nothing",
                Optional.of("nobody"), Optional.of("nothing"));
        try {
            assertTrue(nowhere.enabled());
            nowhere.warmUp(null);
            Thread.sleep(1_500); // refused at once on loopback; the retry comes after 2 s
            assertEquals(HealthCheckResponse.Status.DOWN, nowhere.call().getStatus());
            assertEquals("hop-writes", nowhere.call().getName());
        } finally {
            nowhere.close();
        }
    }

    @Test
    void nonBlockingAndJdbcWritesAgreeOnTheRowTheyCompare() {
        assertTrue(writes.enabled(), "switched on, and the test database's URL is one host");
        String key = "at:hop-writes-" + UUID.randomUUID();
        Instant t1 = Instant.now().truncatedTo(ChronoUnit.MICROS);
        MenuSession first = session(key, 1, t1, "at:0:0", "CON 1 Savings\n2 Loans");
        assertTrue(sessions.storeFromIoThread(first, null, null, false, t1).await().atMost(WAIT), "a new row");

        Instant t2 = t1.plus(3_123, ChronoUnit.MICROS);
        MenuSession second = session(key, 2, t1, "at:1:1", "CON Enter your PIN:");
        assertTrue(sessions.saveIfUnchanged(second, first, t1, t2), "JDBC matches the time the client wrote");

        Instant t3 = t2.plus(1_001, ChronoUnit.MICROS);
        MenuSession third = session(key, 3, t1, "at:2:6", "END Your savings: Rs 123");
        assertTrue(sessions.storeFromIoThread(third, second, t2, false, t3).await().atMost(WAIT),
                "the client matches the time JDBC wrote");

        MenuSession stale = session(key, 9, t1, "at:9:9", "END stale");
        assertFalse(sessions.storeFromIoThread(stale, second, t2, false, t3.plusMillis(1)).await().atMost(WAIT),
                "a copy the row has moved on from writes nothing");
        MenuSession row = sessions.find(key).orElseThrow();
        assertEquals(3, row.hops());
        assertEquals("at:2:6", row.answeredMark());
        assertEquals("END Your savings: Rs 123", row.answer());
        assertEquals(t1, row.createdAt());

        MenuSession fourth = session(key, 4, t1, "at:3:8", "CON 1 Savings\n2 Loans");
        assertTrue(sessions.storeFromIoThread(fourth, null, null, true, t3.plusMillis(2)).await().atMost(WAIT),
                "after a read: an update by key");
        assertEquals(4, sessions.find(key).orElseThrow().hops());
    }

    @Test
    void oneHostUrlsAreUnderstoodOthersLeaveWritesToJdbc() {
        MySQLConnectOptions plain = HopWrites.connectOptions("jdbc:mariadb://127.0.0.1:3306/sakhiline?useServerPrepStmts=true",
                Optional.of("u"), Optional.of("p")).orElseThrow();
        assertEquals("127.0.0.1", plain.getHost());
        assertEquals(3306, plain.getPort());
        assertEquals("sakhiline", plain.getDatabase());
        assertEquals("u", plain.getUser());
        MySQLConnectOptions named = HopWrites.connectOptions("jdbc:mariadb://db.example.org/books", Optional.empty(),
                Optional.empty()).orElseThrow();
        assertEquals("db.example.org", named.getHost());
        assertEquals(3306, named.getPort(), "MariaDB's port when none is given");
        assertEquals("books", named.getDatabase());
        assertTrue(HopWrites.connectOptions("jdbc:mariadb:sequential://a:3306,b:3306/books", Optional.empty(), Optional.empty()).isEmpty());
        assertTrue(HopWrites.connectOptions("jdbc:mariadb://a:3306,b:3306/books", Optional.empty(), Optional.empty()).isEmpty());
        assertTrue(HopWrites.connectOptions("jdbc:mariadb://localhost/books?localSocket=/run/mysqld/mysqld.sock",
                Optional.empty(), Optional.empty()).isEmpty(), "a socket: JDBC");
        assertTrue(HopWrites.connectOptions("jdbc:postgresql://a/books", Optional.empty(), Optional.empty()).isEmpty());
    }

    @Test
    void theJdbcUrlsSessionVariablesAreSetOnTheClientsConnectionsToo() {
        assertEquals("SET SESSION wsrep_sync_wait=1",
                HopWrites.sessionVariables("jdbc:mariadb://127.0.0.1:19051/sakhiline?sessionVariables=wsrep_sync_wait=1"));
        assertEquals("SET SESSION wsrep_sync_wait=1, sql_mode='STRICT_ALL_TABLES'", HopWrites.sessionVariables(
                "jdbc:mariadb://h/db?useSsl=false&sessionVariables=wsrep_sync_wait=1,sql_mode='STRICT_ALL_TABLES'&x=1"));
        assertEquals(null, HopWrites.sessionVariables("jdbc:mariadb://h/db?useSsl=false"));
        assertEquals("SET SESSION a=1", HopWrites.sessionVariables("jdbc:mariadb://h/db?sessionVariables=a=1,b=1;DROP TABLE x"),
                "only plain name=value pairs");
    }

    private static MenuSession session(String key, int hops, Instant created, String mark, String answer) {
        return new MenuSession(key, "USSD", "+919800000001", null, "{\"node\":\"main\"}", hops, null, hops,
                MenuSession.Status.ACTIVE, created, created.plusSeconds(180), mark, answer);
    }
}
