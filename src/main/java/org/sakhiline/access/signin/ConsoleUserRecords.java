package org.sakhiline.access.signin;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The console_user and console_session rows a sign-in needs, in plain JDBC: identity providers run outside
 * any request context or transaction, on a worker thread.
 */
@ApplicationScoped
public class ConsoleUserRecords {

    /** What a password check needs, the user's lock included (one query, before bcrypt). */
    public record Credentials(String username, String passwordHash, UserState state, FailedSignIns failed) {
    }

    /** What every request re-checks: may she still sign in, and which sign-ins are still hers. */
    public record UserState(String role, boolean active, int sessionEpoch) {
    }

    public record SessionRow(String username, int sessionEpoch, Instant createdAt, Instant revokedAt) {
    }

    private final DataSource db;

    public ConsoleUserRecords(DataSource db) {
        this.db = db;
    }

    public Optional<Credentials> credentials(String username) {
        return query("""
                SELECT username, password_hash, role, disabled_at IS NULL, session_epoch, failed_sign_ins,
                       last_failed_sign_in_at, sign_in_locked_until FROM console_user WHERE username = ?""", username, rs ->
                new Credentials(rs.getString(1), rs.getString(2), new UserState(rs.getString(3), rs.getBoolean(4), rs.getInt(5)),
                        new FailedSignIns(rs.getInt(6), instant(rs, 7), instant(rs, 8))));
    }

    public Optional<UserState> state(String username) {
        return query("SELECT role, disabled_at IS NULL, session_epoch FROM console_user WHERE username = ?", username,
                rs -> new UserState(rs.getString(1), rs.getBoolean(2), rs.getInt(3)));
    }

    /** Counts a wrong password against the user name, under a row lock (two instances count both). */
    public FailedSignIns recordFailure(String username, Instant now, LockPolicy policy) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                FailedSignIns after = null;
                try (PreparedStatement q = c.prepareStatement("""
                        SELECT failed_sign_ins, last_failed_sign_in_at, sign_in_locked_until FROM console_user
                        WHERE username = ? FOR UPDATE""")) {
                    q.setString(1, username);
                    try (ResultSet rs = q.executeQuery()) {
                        if (rs.next()) {
                            after = policy.afterFailure(new FailedSignIns(rs.getInt(1), instant(rs, 2), instant(rs, 3)), now);
                        }
                    }
                }
                if (after != null) {
                    try (PreparedStatement u = c.prepareStatement("""
                            UPDATE console_user SET failed_sign_ins = ?, last_failed_sign_in_at = ?, sign_in_locked_until = ?
                            WHERE username = ?""")) {
                        u.setInt(1, after.failures());
                        u.setObject(2, local(after.lastFailure()));
                        u.setObject(3, local(after.lockedUntil()));
                        u.setString(4, username);
                        u.executeUpdate();
                    }
                }
                c.commit();
                return after == null ? FailedSignIns.NONE : after;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count a failed sign-in", e);
        }
    }

    /** A right password forgets the user's wrong ones (no write when there were none). */
    public void clearFailures(String username) {
        update("UPDATE console_user SET failed_sign_ins = 0, last_failed_sign_in_at = NULL, sign_in_locked_until = NULL "
                + "WHERE username = ? AND failed_sign_ins > 0", username);
    }

    public void createSession(String ticketSha256, String username, int epoch, Instant now) {
        update("INSERT INTO console_session (ticket_sha256, username, session_epoch, created_at) VALUES (?, ?, ?, ?)",
                ticketSha256, username, epoch, local(now));
    }

    public Optional<SessionRow> session(String ticketSha256) {
        return query("SELECT username, session_epoch, created_at, revoked_at FROM console_session WHERE ticket_sha256 = ?",
                ticketSha256, rs -> new SessionRow(rs.getString(1), rs.getInt(2), instant(rs, 3), instant(rs, 4)));
    }

    public void revokeSession(String ticketSha256, Instant now) {
        update("UPDATE console_session SET revoked_at = ? WHERE ticket_sha256 = ? AND revoked_at IS NULL", local(now), ticketSha256);
    }

    /** Sessions past their absolute lifetime can never be used again: drop them. */
    public void deleteSessionsCreatedBefore(Instant cutoff) {
        update("DELETE FROM console_session WHERE created_at < ?", local(cutoff));
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> Optional<T> query(String sql, String key, RowReader<T> reader) {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(reader.read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read console sign-in state", e);
        }
    }

    private void update(String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement u = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                u.setObject(i + 1, params[i]);
            }
            u.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write console sign-in state", e);
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime local(Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
