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
import org.sakhiline.support.HopConnections;

/**
 * Menu sessions in MariaDB, so any instance can answer the next hop. Plain JDBC on purpose: a hop is
 * one primary-key read and one upsert, and this is the hottest path of the service.
 */
@ApplicationScoped
public class MenuSessionStore {

    /** The next state of one session by key: flow version .. expiry as {@link #bindState}, then phone and key. */
    private static final String UPDATE_STATE = "UPDATE menu_session SET flow_version_id = ?, state_json = ?,"
            + " inputs_seen = ?, pages_json = ?, hops = ?, status = ?, created_at = ?, updated_at = ?, expires_at = ?,"
            + " phone_e164 = ?, end_reason = NULL WHERE session_key = ?";

    private final HopConnections connections;

    public MenuSessionStore(HopConnections connections) {
        this.connections = connections;
    }

    public Optional<MenuSession> find(String key) {
        String sql = "SELECT session_key, channel, phone_e164, flow_version_id, state_json, inputs_seen, pages_json,"
                + " hops, status, created_at, expires_at FROM menu_session WHERE session_key = ?";
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new MenuSession(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getString(5), rs.getObject(6, Integer.class), rs.getString(7),
                        rs.getInt(8), MenuSession.Status.valueOf(rs.getString(9)),
                        instant(rs, 10), instant(rs, 11)));
            }
        } catch (SQLException e) {
            throw new SessionStoreException("could not read menu session", e);
        }
    }

    /** Inserts or replaces the session row (a re-dial with a reused id starts over). */
    public void save(MenuSession s, Instant now) {
        String sql = "INSERT INTO menu_session (session_key, channel, phone_e164, flow_version_id, state_json, inputs_seen,"
                + " pages_json, hops, status, created_at, updated_at, expires_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
                + " ON DUPLICATE KEY UPDATE flow_version_id = VALUES(flow_version_id), state_json = VALUES(state_json),"
                + " inputs_seen = VALUES(inputs_seen), pages_json = VALUES(pages_json), hops = VALUES(hops),"
                + " status = VALUES(status), phone_e164 = VALUES(phone_e164), created_at = VALUES(created_at),"
                + " updated_at = VALUES(updated_at), expires_at = VALUES(expires_at), end_reason = NULL";
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, s.key());
            ps.setString(2, s.channel());
            ps.setString(3, s.phone());
            bindState(ps, 4, s, now);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new SessionStoreException("could not save menu session", e);
        }
    }

    /**
     * Stores the next state of a session whose row was read in this hop: a plain UPDATE by key, cheaper
     * than the upsert on every hop after the first. Falls back to the upsert if the row has gone since.
     */
    public void saveExisting(MenuSession s, Instant now) {
        int updated;
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(UPDATE_STATE)) {
            bindState(ps, 1, s, now);
            ps.setString(10, s.phone());
            ps.setString(11, s.key());
            updated = ps.executeUpdate();
        } catch (SQLException e) {
            throw new SessionStoreException("could not save menu session", e);
        }
        if (updated == 0) {
            save(s, now);
        }
    }

    /**
     * Stores the next state of a session answered from a copy this instance kept instead of a read:
     * only if the row is still the one the copy was written as (same hop count, same write time, still
     * active). False when anything else has written or ended the session since, or the row is gone;
     * then nothing was written.
     */
    public boolean saveIfUnchanged(MenuSession s, MenuSession from, Instant fromStoredAt, Instant now) {
        String sql = UPDATE_STATE + " AND hops = ? AND updated_at = ? AND status = 'ACTIVE'";
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(sql)) {
            bindState(ps, 1, s, now);
            ps.setString(10, s.phone());
            ps.setString(11, s.key());
            ps.setInt(12, from.hops());
            ps.setObject(13, utc(fromStoredAt));
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new SessionStoreException("could not save menu session", e);
        }
    }

    /** Binds flow version, state, inputs seen, pages, hops, status, created, updated and expiry from {@code first} on. */
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

    /** Deletes sessions that ended or expired before {@code cutoff}; returns how many. */
    public int purgeBefore(Instant cutoff) {
        // Small batches: the table lock of each DELETE (Aria) is short, so hops never wait long behind it.
        String sql = "DELETE FROM menu_session WHERE expires_at < ? LIMIT 1000";
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, utc(cutoff));
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
