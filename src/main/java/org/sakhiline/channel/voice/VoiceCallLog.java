package org.sakhiline.channel.voice;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.sakhiline.support.HopConnections;

/**
 * The {@code voice_call} table: one row per call, written by the call webhook, outbound placement and
 * Twilio's status callbacks, in any order and any number of times. A status only moves forward; the
 * final status of an outbound message call is copied to its outbox row (completed → DELIVERED, no
 * answer, busy, failed → UNDELIVERED). Plain JDBC: these are single-row upserts on the call path.
 */
@ApplicationScoped
public class VoiceCallLog {

    /** The call path's connections: a short wait, a network timeout and the breaker (a stalled database costs "busy"). */
    private final HopConnections dataSource;

    public VoiceCallLog(HopConnections dataSource) {
        this.dataSource = dataSource;
    }

    /** A call as the log knows it. */
    public record CallRow(String callSid, String direction, String from, String to, String status, Integer durationSeconds,
                          Integer errorCode, Long outboxId, Long memberId, String flowKey) {}

    /** A VOICE outbox row as an outbound call speaks it. */
    public record OutboundMessage(long id, String body, String language, String templateKey) {}

    /** Rank of the final call states. */
    static final int FINAL = 5;

    /** Order of Twilio call states; the final ones share the top rank so the first one reported wins. */
    static int rank(String status) {
        return switch (status == null ? "" : status) {
            case "queued" -> 1;
            case "initiated" -> 2;
            case "ringing" -> 3;
            case "in-progress", "answered" -> 4;
            case "completed", "busy", "no-answer", "failed", "canceled" -> 5;
            default -> 0;
        };
    }

    /** Records a status report (or the call webhook's first sight of a call). */
    public void status(String callSid, String direction, String from, String to, String status, Integer durationSeconds,
                       Integer errorCode, String errorMessage, Instant now) {
        upsert(callSid, direction, from, to, status, durationSeconds, errorCode, errorMessage, null, null, null, now);
        String s = normal(status);
        if (rank(s) == FINAL) {
            copyToOutbox(callSid, s, errorCode, now);
        }
    }

    /** Records an outbound call Twilio accepted, with what it was placed for. */
    public void placed(String callSid, String from, String to, String status, Long outboxId, Long memberId, String flowKey,
                       Instant now) {
        upsert(callSid, "outbound-api", from, to, status, null, null, null, outboxId, memberId, flowKey, now);
    }

    public Optional<CallRow> find(String callSid) {
        String sql = "SELECT call_sid, direction, from_e164, to_e164, status, duration_s, error_code, outbox_id, member_id,"
                + " flow_key FROM voice_call WHERE call_sid = ?";
        try (Connection c = dataSource.open(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, callSid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new CallRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), (Integer) rs.getObject(6, Integer.class), (Integer) rs.getObject(7, Integer.class),
                        (Long) rs.getObject(8, Long.class), (Long) rs.getObject(9, Long.class), rs.getString(10)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read voice call", e);
        }
    }

    /** The VOICE outbox row an outbound call speaks. */
    public Optional<OutboundMessage> outboundMessage(long outboxId) {
        String sql = "SELECT id, body, language, template_key FROM outbox_message WHERE id = ? AND channel = 'VOICE'";
        try (Connection c = dataSource.open(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, outboxId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new OutboundMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read outbox message " + outboxId, e);
        }
    }

    private void upsert(String callSid, String direction, String from, String to, String status, Integer duration,
                        Integer errorCode, String errorMessage, Long outboxId, Long memberId, String flowKey, Instant now) {
        String s = normal(status);
        // MariaDB applies the assignments left to right: status is decided before status_rank changes.
        String sql = """
                INSERT INTO voice_call (call_sid, direction, from_e164, to_e164, status, status_rank, duration_s, error_code,
                    error_message, outbox_id, member_id, flow_key, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE
                    status = IF(VALUES(status_rank) > status_rank, VALUES(status), status),
                    status_rank = GREATEST(status_rank, VALUES(status_rank)),
                    duration_s = COALESCE(VALUES(duration_s), duration_s),
                    error_code = COALESCE(VALUES(error_code), error_code),
                    error_message = COALESCE(VALUES(error_message), error_message),
                    outbox_id = COALESCE(VALUES(outbox_id), outbox_id),
                    member_id = COALESCE(VALUES(member_id), member_id),
                    flow_key = COALESCE(VALUES(flow_key), flow_key),
                    from_e164 = COALESCE(from_e164, VALUES(from_e164)),
                    to_e164 = COALESCE(to_e164, VALUES(to_e164)),
                    updated_at = VALUES(updated_at)
                """;
        try (Connection c = dataSource.open(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, cut(callSid, 64));
            ps.setString(2, cut(direction == null || direction.isBlank() ? "inbound" : direction, 20));
            ps.setString(3, cut(from, 20));
            ps.setString(4, cut(to, 20));
            ps.setString(5, cut(s.isEmpty() ? "unknown" : s, 20));
            ps.setInt(6, rank(s));
            setInt(ps, 7, duration);
            setInt(ps, 8, errorCode);
            ps.setString(9, cut(errorMessage, 200));
            setLong(ps, 10, outboxId);
            setLong(ps, 11, memberId);
            ps.setString(12, cut(flowKey, 40));
            ps.setObject(13, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.setObject(14, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record voice call", e);
        }
    }

    private void copyToOutbox(String callSid, String status, Integer errorCode, Instant now) {
        String sql = """
                UPDATE outbox_message o JOIN voice_call v ON v.outbox_id = o.id
                SET o.provider_status = ?, o.status = ?, o.error_code = COALESCE(?, o.error_code), o.updated_at = ?
                WHERE v.call_sid = ? AND o.channel = 'VOICE' AND o.status IN ('SENT', 'SENDING')
                """;
        try (Connection c = dataSource.open(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, status);
            ps.setString(2, "completed".equals(status) ? "DELIVERED" : "UNDELIVERED");
            setInt(ps, 3, errorCode);
            ps.setObject(4, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.setString(5, callSid);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not update the outbox for call", e);
        }
    }

    private static String normal(String status) {
        return status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }
}
