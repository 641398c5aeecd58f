package org.sakhiline.channel.session;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.sakhiline.support.HopConnections;
import org.sakhiline.support.HopWrites;
import io.smallrye.mutiny.Uni;
import io.vertx.sqlclient.Tuple;
import java.util.Arrays;

/**
 * Menu sessions in MariaDB (InnoDB, so Galera replicates them), so any instance can answer the next hop. Plain
 * JDBC on purpose: a hop is one primary-key read and one single-row write that touches no secondary index, and
 * this is the hottest path of the service. A hop that also writes the books writes its session row in the books'
 * transaction ({@link #saveInTransaction}): the effects and the answer to repeat commit together or not at all.
 */
@ApplicationScoped
public class MenuSessionStore {

    /** The next state of one session by key: flow version .. expiry as {@link #bindState}, then phone and key. */
    private static final String UPDATE_STATE = "UPDATE menu_session SET flow_version_id = ?, state_json = ?,"
            + " inputs_seen = ?, pages_json = ?, hops = ?, status = ?, created_at = ?, updated_at = ?, expires_at = ?,"
            + " answered_mark = ?, answer = ?, phone_e164 = ?, end_reason = NULL WHERE session_key = ?";
    private static final String SELECT = "SELECT session_key, channel, phone_e164, flow_version_id, state_json, inputs_seen,"
            + " pages_json, hops, status, created_at, expires_at, answered_mark, answer FROM menu_session WHERE session_key = ?";
    /** Inserts or replaces a session: key, channel, phone, then the state as {@link #bindState}. */
    private static final String UPSERT = "INSERT INTO menu_session (session_key, channel, phone_e164, flow_version_id,"
            + " state_json, inputs_seen, pages_json, hops, status, created_at, updated_at, expires_at, answered_mark, answer)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
            + " ON DUPLICATE KEY UPDATE flow_version_id = VALUES(flow_version_id), state_json = VALUES(state_json),"
            + " inputs_seen = VALUES(inputs_seen), pages_json = VALUES(pages_json), hops = VALUES(hops),"
            + " status = VALUES(status), phone_e164 = VALUES(phone_e164), created_at = VALUES(created_at),"
            + " updated_at = VALUES(updated_at), expires_at = VALUES(expires_at), answered_mark = VALUES(answered_mark),"
            + " answer = VALUES(answer), end_reason = NULL";
    private static final String UPDATE_IF_UNCHANGED = UPDATE_STATE + " AND hops = ? AND updated_at = ? AND status = 'ACTIVE'";
    /** The column's width: a longer answer is not kept (a repeat is then answered as a new hop). */
    private static final int MAX_ANSWER = 700;

    private final HopConnections connections;
    /** The same writes sent without blocking an I/O thread (see {@link HopWrites}). */
    private final HopWrites nonBlocking;
    /** The books' datasource: inside a transaction its connection is the transaction's. */
    private final DataSource books;

    public MenuSessionStore(HopConnections connections, HopWrites nonBlocking, DataSource books) {
        this.connections = connections;
        this.nonBlocking = nonBlocking;
        this.books = books;
    }

    public Optional<MenuSession> find(String key) {
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(SELECT)) {
            return read(ps, key);
        } catch (SQLException e) {
            throw new SessionStoreException("could not read menu session", e);
        }
    }

    /**
     * The session row read in the caller's transaction and locked until it ends: a hop that writes the books reads
     * it so, and two copies of one hop (a gateway's retry reaching another instance) queue here — the second finds
     * the first's answer. On Galera two nodes do not queue but certify: one commits, the other is retried (1213).
     */
    public Optional<MenuSession> lockInTransaction(String key) {
        try (Connection c = books.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT + " FOR UPDATE")) {
            return read(ps, key);
        } catch (SQLException e) {
            throw new SessionStoreException("could not lock menu session", e);
        }
    }

    /** Stores the session's next state in the caller's transaction (the one that writes the hop's effects). */
    public void saveInTransaction(MenuSession s, Instant now) {
        try (Connection c = books.getConnection()) {
            if (update(c, s, now) == 0) {
                insertOrReplace(c, s, now);
            }
        } catch (SQLException e) {
            throw new SessionStoreException("could not save menu session", e);
        }
    }

    private static Optional<MenuSession> read(PreparedStatement ps, String key) throws SQLException {
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new MenuSession(rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getObject(4, Long.class), rs.getString(5), rs.getObject(6, Integer.class), rs.getString(7),
                    rs.getInt(8), MenuSession.Status.valueOf(rs.getString(9)),
                    instant(rs, 10), instant(rs, 11), rs.getString(12), rs.getString(13)));
        }
    }

    /** Inserts or replaces the session row (a re-dial with a reused id starts over). */
    public void save(MenuSession s, Instant now) {
        try (Connection c = connections.open()) {
            insertOrReplace(c, s, now);
        } catch (SQLException e) {
            throw new SessionStoreException("could not save menu session", e);
        }
    }

    private static void insertOrReplace(Connection c, MenuSession s, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, s.key());
            ps.setString(2, s.channel());
            ps.setString(3, s.phone());
            bindState(ps, 4, s, now);
            ps.executeUpdate();
        }
    }

    /**
     * Stores the next state of a session whose row was read in this hop: a plain UPDATE by key, cheaper
     * than the upsert on every hop after the first. Falls back to the upsert if the row has gone since.
     */
    public void saveExisting(MenuSession s, Instant now) {
        int updated;
        try (Connection c = connections.open()) {
            updated = update(c, s, now);
        } catch (SQLException e) {
            throw new SessionStoreException("could not save menu session", e);
        }
        if (updated == 0) {
            save(s, now);
        }
    }

    private static int update(Connection c, MenuSession s, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPDATE_STATE)) {
            bindState(ps, 1, s, now);
            ps.setString(12, s.phone());
            ps.setString(13, s.key());
            return ps.executeUpdate();
        }
    }

    /**
     * Stores the next state of a session answered from a copy this instance kept instead of a read:
     * only if the row is still the one the copy was written as (same hop count, same write time, still
     * active). False when anything else has written or ended the session since, or the row is gone;
     * then nothing was written.
     */
    public boolean saveIfUnchanged(MenuSession s, MenuSession from, Instant fromStoredAt, Instant now) {
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(UPDATE_IF_UNCHANGED)) {
            bindState(ps, 1, s, now);
            ps.setString(12, s.phone());
            ps.setString(13, s.key());
            ps.setInt(14, from.hops());
            ps.setObject(15, utc(fromStoredAt));
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new SessionStoreException("could not save menu session", e);
        }
    }

    /**
     * The write of a hop answered on an I/O thread, as {@link #save} (no row read), {@link #saveExisting} (the row was
     * read) or {@link #saveIfUnchanged} (from a kept copy; false when the row changed since): sent without blocking
     * the thread when {@link HopWrites} can, else written here through JDBC. The Uni gives whether it was stored.
     */
    public Uni<Boolean> storeFromIoThread(MenuSession s, MenuSession from, Instant fromStoredAt, boolean rowRead, Instant now) {
        if (!nonBlocking.enabled()) {
            return Uni.createFrom().item(() -> from != null ? saveIfUnchanged(s, from, fromStoredAt, now) : store(s, rowRead, now));
        }
        if (from != null) {
            return nonBlocking.update(UPDATE_IF_UNCHANGED, Tuple.from(Arrays.asList(
                    stateAnd(s, now, s.phone(), s.key(), from.hops(), utc(fromStoredAt))))).map(n -> n > 0);
        }
        Uni<Integer> updated = rowRead
                ? nonBlocking.update(UPDATE_STATE, Tuple.from(Arrays.asList(stateAnd(s, now, s.phone(), s.key()))))
                : Uni.createFrom().item(0);
        return updated.chain(n -> n > 0 ? Uni.createFrom().item(true)
                : nonBlocking.update(UPSERT, Tuple.from(Arrays.asList(upsertValues(s, now)))).map(any -> true));
    }

    private boolean store(MenuSession s, boolean rowRead, Instant now) {
        if (rowRead) {
            saveExisting(s, now);
        } else {
            save(s, now);
        }
        return true;
    }

    private static Object[] upsertValues(MenuSession s, Instant now) {
        Object[] state = stateAnd(s, now);
        Object[] all = new Object[3 + state.length];
        all[0] = s.key();
        all[1] = s.channel();
        all[2] = s.phone();
        System.arraycopy(state, 0, all, 3, state.length);
        return all;
    }

    /** The values {@link #bindState} binds, in its order, followed by {@code more}. */
    private static Object[] stateAnd(MenuSession s, Instant now, Object... more) {
        boolean keep = s.answer() != null && s.answer().length() <= MAX_ANSWER;
        Object[] state = {s.flowVersionId(), s.stateJson(), s.inputsSeen(), s.pagesJson(), s.hops(), s.status().name(),
            utc(s.createdAt()), utc(now), utc(s.expiresAt()), keep ? s.answeredMark() : null, keep ? s.answer() : null};
        Object[] all = Arrays.copyOf(state, state.length + more.length);
        System.arraycopy(more, 0, all, state.length, more.length);
        return all;
    }

    /** Binds flow version, state, inputs seen, pages, hops, status, created, updated, expiry, mark and answer from {@code first} on. */
    private static void bindState(PreparedStatement ps, int first, MenuSession s, Instant now) throws SQLException {
        if (s.flowVersionId() == null) {
            ps.setNull(first, Types.BIGINT);
        } else {
            ps.setLong(first, s.flowVersionId());
        }
        ps.setString(first + 1, s.stateJson());
        if (s.inputsSeen() == null) {
            ps.setNull(first + 2, Types.INTEGER);
        } else {
            ps.setInt(first + 2, s.inputsSeen());
        }
        ps.setString(first + 3, s.pagesJson());
        ps.setInt(first + 4, s.hops());
        ps.setString(first + 5, s.status().name());
        ps.setObject(first + 6, utc(s.createdAt()));
        ps.setObject(first + 7, utc(now));
        ps.setObject(first + 8, utc(s.expiresAt()));
        boolean keep = s.answer() != null && s.answer().length() <= MAX_ANSWER;
        ps.setString(first + 9, keep ? s.answeredMark() : null);
        ps.setString(first + 10, keep ? s.answer() : null);
    }

    /** Marks a session ended (gateway end-of-session notice, or the menu finished). */
    public boolean end(String key, String reason, Instant now) {
        String sql = "UPDATE menu_session SET status = 'ENDED', state_json = NULL, pages_json = NULL,"
                + " end_reason = ?, updated_at = ? WHERE session_key = ?";
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, reason == null ? null : reason.substring(0, Math.min(reason.length(), 200)));
            ps.setObject(2, utc(now));
            ps.setString(3, key);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new SessionStoreException("could not end menu session", e);
        }
    }

    /** Deletes sessions that expired before {@code cutoff}; returns how many. */
    public int purgeBefore(Instant cutoff) {
        // Found through the created_at index (a session expires after it was created), which hops never rewrite.
        // Small batches under READ COMMITTED: only the rows deleted are locked, briefly; no gap locks hold up the
        // inserts of new sessions.
        String sql = "DELETE FROM menu_session WHERE created_at < ? AND expires_at < ? LIMIT 1000";
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(sql)) {
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            ps.setObject(1, utc(cutoff));
            ps.setObject(2, utc(cutoff));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new SessionStoreException("could not purge menu sessions", e);
        }
    }

    // Stored as UTC wall-clock time, like Hibernate (jdbc.timezone=UTC), whatever the JVM's zone.
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    public static class SessionStoreException extends RuntimeException {
        public SessionStoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
