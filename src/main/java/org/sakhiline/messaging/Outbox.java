package org.sakhiline.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.sakhiline.support.PhoneMask;

/**
 * The one way to send a message: write it to the outbox inside the transaction that causes it.
 * Nothing goes out unless that transaction commits; {@link OutboxDispatcher} sends after commit.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class);

    @Inject
    EntityManager em;

    @Inject
    SmsRouting routing;

    Clock clock = Clock.systemUTC();

    /**
     * Adds a message to the outbox in the caller's transaction (there must be one).
     *
     * @return the new row's id, or the existing row's id when {@code message.dedupeKey()} was seen before
     */
    @Transactional(TxType.MANDATORY)
    public long enqueue(OutgoingMessage message) {
        SmsSegments.Count count = SmsSegments.of(message.body());
        Instant now = clock.instant();
        // Plain JDBC on the session's own connection, so the row is part of the caller's transaction.
        long id = em.unwrap(Session.class).doReturningWork(connection -> insert(connection, routed(connection,
                java.util.List.of(message)).get(0), count, now));
        if (LOG.isDebugEnabled()) {
            LOG.debugf("outbox %d: %s to %s, %s x%d", id, message.channel(), PhoneMask.mask(message.recipient()),
                    count.encoding(), count.segments());
        }
        return id;
    }

    /**
     * Adds many messages in the caller's transaction with one JDBC batch (bulk planners such as the
     * reminder job). A message whose dedupe key exists already is skipped silently, as in {@link #enqueue}.
     */
    @Transactional(TxType.MANDATORY)
    public void enqueueAll(java.util.List<OutgoingMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO outbox_message (channel, recipient, body, language, template_key, dlt_template_id,
                        encoding, segments, status, attempts, next_attempt_at, dedupe_key, created_at, updated_at, member_id,
                        provider)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE id = id
                    """)) {
                for (OutgoingMessage m : routed(connection, messages)) {
                    bindInsert(ps, m, SmsSegments.of(m.body()), now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
        LOG.debugf("outbox: %d messages enqueued in one batch", messages.size());
    }

    /**
     * Puts a FAILED or DEAD message back in the queue as if it were new: PENDING, due now, no attempts,
     * no provider id (a new send gets a new one, and late reports for the old one no longer match it).
     * Joins the caller's transaction, so an audit row written with it commits or rolls back together.
     *
     * @return false when the row is in no retryable state (already retried, or not failed)
     */
    @Transactional
    public boolean retry(long id) {
        Instant now = clock.instant();
        int changed = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("""
                    UPDATE outbox_message SET status = 'PENDING', attempts = 0, next_attempt_at = ?, lease_owner = NULL,
                        provider_id = NULL, provider_status = NULL, error_code = NULL, last_error = NULL, updated_at = ?
                    WHERE id = ? AND status IN ('FAILED', 'DEAD')
                    """)) {
                UtcTimestamps.set(ps, 1, now);
                UtcTimestamps.set(ps, 2, now);
                ps.setLong(3, id);
                return ps.executeUpdate();
            }
        });
        if (changed > 0) {
            LOG.infof("outbox %d: back to PENDING for another try", id);
        }
        return changed > 0;
    }

    /**
     * The messages with their gateway chosen (SMS only: a call's row names none) and, where the deployment
     * allows placeholders, a marked DLT id; one query for all members' org-unit overrides.
     */
    private java.util.List<OutgoingMessage> routed(Connection connection, java.util.List<OutgoingMessage> messages)
            throws SQLException {
        java.util.Map<Long, String> overrides = SmsRouting.overrides(connection, messages.stream()
                .filter(m -> m.channel() == OutboxChannel.SMS && m.provider() == null).map(OutgoingMessage::memberId).toList());
        return messages.stream().map(m -> m.channel() != OutboxChannel.SMS ? m
                : m.via(routing.choose(m, m.memberId() == null ? null : overrides.get(m.memberId())))
                        .withTemplate(m.templateKey(), routing.dltTemplateId(m))).toList();
    }

    /** The fourteen values of the outbox INSERT shared by single and batch enqueues (same column order). */
    private static void bindInsert(PreparedStatement ps, OutgoingMessage m, SmsSegments.Count count, Instant now)
            throws SQLException {
        ps.setString(1, m.channel().name());
        ps.setString(2, m.recipient());
        ps.setString(3, m.body());
        ps.setString(4, m.language());
        ps.setString(5, m.templateKey());
        ps.setString(6, m.dltTemplateId());
        ps.setString(7, count.encoding().name());
        ps.setInt(8, count.segments());
        UtcTimestamps.set(ps, 9, now);
        ps.setString(10, m.dedupeKey());
        UtcTimestamps.set(ps, 11, now);
        UtcTimestamps.set(ps, 12, now);
        ps.setObject(13, m.memberId(), java.sql.Types.BIGINT);
        ps.setString(14, m.provider());
    }

    private static long insert(Connection connection, OutgoingMessage m, SmsSegments.Count count, Instant now)
            throws SQLException {
        // ON DUPLICATE KEY with LAST_INSERT_ID(id) hands back the existing row's id for a repeated
        // dedupe key without raising an error that would doom the caller's transaction.
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO outbox_message (channel, recipient, body, language, template_key, dlt_template_id,
                    encoding, segments, status, attempts, next_attempt_at, dedupe_key, created_at, updated_at, member_id,
                    provider)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id)
                """, Statement.RETURN_GENERATED_KEYS)) {
            bindInsert(ps, m, count, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (keys.next()) {
                    return keys.getLong(1);
                }
            }
        }
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT LAST_INSERT_ID()")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
