package org.sakhiline.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.sakhiline.support.RetryOnDeadlock;

/**
 * Applies provider delivery reports (queued, sent, delivered, undelivered, failed) to outbox rows.
 * Reports may repeat and arrive out of order: each (SID, status) is stored once, and a row only moves
 * forward (a late "sent" never overwrites "delivered").
 */
@ApplicationScoped
public class DeliveryReports {

    private static final Logger LOG = Logger.getLogger(DeliveryReports.class);

    @Inject
    AgroalDataSource dataSource;

    Clock clock = Clock.systemUTC();

    /** Outcome of one report. */
    public enum Result { APPLIED, ALREADY_KNOWN, UNKNOWN_MESSAGE }

    /**
     * Records a report for the message with provider id {@code sid}. An unknown SID is kept (the
     * dispatcher may not have stored it yet) and applied when it does.
     */
    public Result record(String sid, String providerStatus, Integer errorCode) {
        // Twilio does not resend a status callback that failed: a deadlock victim is restarted here.
        return RetryOnDeadlock.inNewTransaction("delivery report", () -> recordOnce(sid, providerStatus, errorCode));
    }

    private Result recordOnce(String sid, String providerStatus, Integer errorCode) {
        String status = providerStatus.toLowerCase(Locale.ROOT);
        try (Connection c = dataSource.getConnection()) {
            boolean fresh;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO outbox_status_event (provider_id, provider_status, error_code, received_at)
                    VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id
                    """)) {
                ps.setString(1, sid);
                ps.setString(2, status);
                setInteger(ps, 3, errorCode);
                UtcTimestamps.set(ps, 4, clock.instant());
                fresh = ps.executeUpdate() == 1;
            }
            Boolean found = apply(c, sid, status, errorCode, clock.instant());
            if (found == null) {
                LOG.debugf("delivery report %s for unknown message %s", status, sid);
                return Result.UNKNOWN_MESSAGE;
            }
            return fresh && found ? Result.APPLIED : Result.ALREADY_KNOWN;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record delivery report", e);
        }
    }

    /** Applies reports that arrived before the dispatcher stored these SIDs (same transaction as that). */
    static void applyStored(Connection c, Collection<String> sids, Instant now) throws SQLException {
        if (sids.isEmpty()) {
            return;
        }
        String in = String.join(",", java.util.Collections.nCopies(sids.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT provider_id, provider_status, error_code FROM outbox_status_event WHERE provider_id IN (" + in
                        + ") ORDER BY id")) {
            int i = 1;
            for (String sid : sids) {
                ps.setString(i++, sid);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int code = rs.getInt("error_code");
                    apply(c, rs.getString("provider_id"), rs.getString("provider_status"),
                            rs.wasNull() ? null : code, now);
                }
            }
        }
    }

    /** @return null when no row has this SID, else whether the row changed */
    private static Boolean apply(Connection c, String sid, String status, Integer errorCode, Instant now)
            throws SQLException {
        long id;
        String current;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, provider_status FROM outbox_message WHERE provider_id = ? FOR UPDATE")) {
            ps.setString(1, sid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                id = rs.getLong(1);
                current = rs.getString(2);
            }
        }
        if (rank(status) <= rank(current)) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE outbox_message SET provider_status = ?, status = ?, error_code = COALESCE(?, error_code),
                    updated_at = ? WHERE id = ?
                """)) {
            ps.setString(1, status);
            ps.setString(2, outboxStatus(status).name());
            setInteger(ps, 3, errorCode);
            UtcTimestamps.set(ps, 4, now);
            ps.setLong(5, id);
            ps.executeUpdate();
        }
        return true;
    }

    /** Order of Twilio message states; the final ones share the top rank so the first one wins. */
    static int rank(String providerStatus) {
        if (providerStatus == null) {
            return 0;
        }
        return switch (providerStatus) {
            case "accepted", "scheduled", "queued" -> 1;
            case "sending" -> 2;
            case "sent" -> 3;
            case "delivered", "read", "undelivered", "failed", "canceled" -> 4;
            default -> 0;
        };
    }

    static OutboxStatus outboxStatus(String providerStatus) {
        return switch (providerStatus) {
            case "delivered", "read" -> OutboxStatus.DELIVERED;
            case "undelivered" -> OutboxStatus.UNDELIVERED;
            case "failed", "canceled" -> OutboxStatus.FAILED;
            default -> OutboxStatus.SENT;
        };
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, java.sql.Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}
