package org.sakhiline.messaging;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.sakhiline.support.PhoneMask;
import org.sakhiline.support.RetryOnDeadlock;

/**
 * The outbox table's half of dispatching, each step one short transaction retried on deadlock: claim
 * due rows of one channel under a lease ({@code FOR UPDATE SKIP LOCKED}, so several instances never take
 * the same row), extend the leases of claims still being worked (the heartbeat), record each send's
 * result against its lease the moment it returns: SENT, or PENDING again after a backoff, FAILED
 * (permanent) or DEAD (attempts used up), and give back rows never sent. A result or release whose lease
 * has passed to another dispatcher is not written, so a row is recorded once.
 */
@ApplicationScoped
class OutboxLeases {

    private static final Logger LOG = Logger.getLogger(OutboxLeases.class);

    /** The outbox's own pool: its reads give up after a socket timeout (see application.properties). */
    @Inject
    @DataSource("outbox")
    AgroalDataSource dataSource;

    @Inject
    MessagingConfig config;

    /**
     * Rows claimed together: SENDING, attempts counted, held by one lease owner until each is recorded.
     *
     * @param sendBy {@link System#nanoTime()} after which no row of the claim may be sent: the lease's end
     *               as the claim or its last heartbeat left it, less the longest a send takes, measured from
     *               before that statement ran. Moved on by each successful heartbeat.
     */
    record Claim(String leaseOwner, List<OutboxMessage> rows, AtomicLong sendBy) {

        Claim(String leaseOwner, List<OutboxMessage> rows, long sendBy) {
            this(leaseOwner, rows, new AtomicLong(sendBy));
        }

        boolean maySendNow() {
            return System.nanoTime() - sendBy.get() < 0;
        }
    }

    /** Claims up to {@code limit} due rows of {@code channel}; the claim has no rows when none were due. */
    Claim claim(Instant now, OutboxChannel channel, int limit) {
        return claim(now, channel, limit, null);
    }

    /** As {@link #claim(Instant, OutboxChannel, int)}, only rows for {@code gateways} or none (null: any). */
    Claim claim(Instant now, OutboxChannel channel, int limit, java.util.Set<String> gateways) {
        String leaseOwner = UUID.randomUUID().toString();
        long sendBy = System.nanoTime() + config.lease().minus(config.sendTimeout()).toNanos();
        return new Claim(leaseOwner, RetryOnDeadlock.inNewTransaction("outbox claim",
                () -> claimRows(now, leaseOwner, channel, limit, gateways)), sendBy);
    }

    /**
     * Extends the leases of {@code claims} to {@code now + lease} (never shortening one) and moves their
     * {@link Claim#sendBy} on. A claim whose lease already ran out by this instance's count is left alone:
     * another dispatcher may hold its rows, and its unsent rows stay unsendable here.
     *
     * @return claims extended
     */
    int extend(Collection<Claim> claims, Instant now) {
        long started = System.nanoTime();
        long sendTimeout = config.sendTimeout().toNanos();
        List<Claim> live = claims.stream().filter(c -> started - (c.sendBy().get() + sendTimeout) < 0).toList();
        if (live.isEmpty()) {
            return 0;
        }
        RetryOnDeadlock.inNewTransaction("outbox heartbeat", () -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                    UPDATE outbox_message SET next_attempt_at = GREATEST(next_attempt_at, ?)
                    WHERE lease_owner = ? AND status = 'SENDING'
                    """)) {
                for (Claim claim : live) {
                    UtcTimestamps.set(ps, 1, now.plus(config.lease()));
                    ps.setString(2, claim.leaseOwner());
                    ps.addBatch();
                }
                ps.executeBatch();
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("outbox heartbeat failed", e);
            }
        });
        long sendBy = started + config.lease().minus(config.sendTimeout()).toNanos();
        for (Claim claim : live) {
            claim.sendBy().accumulateAndGet(sendBy, (a, b) -> b - a > 0 ? b : a);
        }
        return live.size();
    }

    /**
     * Gives back rows that were claimed but not sent (shutting down, or their lease was running out):
     * PENDING again, due now, the attempt not counted — only while this claim still holds them.
     */
    void release(Claim claim, List<OutboxMessage> unsent, Instant now) {
        if (unsent.isEmpty()) {
            return;
        }
        RetryOnDeadlock.inNewTransaction("outbox release", () -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                    UPDATE outbox_message SET status = 'PENDING', attempts = attempts - 1, lease_owner = NULL,
                        next_attempt_at = ?, updated_at = ?
                    WHERE id = ? AND lease_owner = ?
                    """)) {
                for (OutboxMessage m : unsent) {
                    UtcTimestamps.set(ps, 1, now);
                    UtcTimestamps.set(ps, 2, now);
                    ps.setLong(3, m.id);
                    ps.setString(4, claim.leaseOwner());
                    ps.addBatch();
                }
                ps.executeBatch();
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("outbox release failed", e);
            }
        });
        LOG.debugf("%d outbox rows given back unsent", unsent.size());
    }

    /** Records {@code results[i]} for {@code claim.rows()[i]}, as of {@code now}. */
    void record(Claim claim, List<SendResult> results, Instant now) {
        record(claim, claim.rows(), results, now);
    }

    /**
     * Records {@code results[i]} for {@code rows[i]} of {@code claim}, as of {@code now}.
     *
     * @return rows not recorded because their lease had passed to another dispatcher
     */
    int record(Claim claim, List<OutboxMessage> rows, List<SendResult> results, Instant now) {
        List<Outcome> outcomes = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            outcomes.add(new Outcome(claim.leaseOwner(), rows.get(i), results.get(i), now));
        }
        return record(outcomes);
    }

    /** One send's result, for the row of the lease it was sent under, as of {@code now}. */
    record Outcome(String leaseOwner, OutboxMessage row, SendResult result, Instant now) {}

    /**
     * Records results of any claims in one transaction (the dispatcher's recorder writes whatever workers
     * handed it since its last commit).
     *
     * @return results not recorded because their lease had passed to another dispatcher
     */
    int record(List<Outcome> outcomes) {
        return RetryOnDeadlock.inNewTransaction("outbox record", () -> recordResults(outcomes));
    }

    private List<OutboxMessage> claimRows(Instant now, String leaseOwner, OutboxChannel channel, int limit,
                                          java.util.Set<String> gateways) {
        String onlyGateways = gateways == null || gateways.isEmpty() ? ""
                : " AND (provider IS NULL OR provider IN (" + String.join(",", Collections.nCopies(gateways.size(), "?")) + "))";
        try (Connection c = dataSource.getConnection()) {
            // Leases run out first, then due rows: one status per query, so each reads ix_outbox_due in order
            // and stops at the limit (with both statuses in one IN, every due row was sorted on each claim).
            List<OutboxMessage> batch = selectDue(c, "SENDING", now, channel, onlyGateways, gateways, limit);
            if (batch.size() < limit) {
                batch.addAll(selectDue(c, "PENDING", now, channel, onlyGateways, gateways, limit - batch.size()));
            }
            if (batch.isEmpty()) {
                return batch;
            }
            String in = String.join(",", Collections.nCopies(batch.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_message SET status = 'SENDING', "
                    + "attempts = attempts + 1, lease_owner = ?, next_attempt_at = ?, updated_at = ? WHERE id IN (" + in
                    + ")")) {
                ps.setString(1, leaseOwner);
                UtcTimestamps.set(ps, 2, now.plus(config.lease()));
                UtcTimestamps.set(ps, 3, now);
                int i = 4;
                for (OutboxMessage m : batch) {
                    ps.setLong(i++, m.id);
                }
                ps.executeUpdate();
            }
            return batch;
        } catch (SQLException e) {
            throw new IllegalStateException("outbox claim failed", e);
        }
    }

    private static List<OutboxMessage> selectDue(Connection c, String status, Instant now, OutboxChannel channel,
                                                 String onlyGateways, java.util.Set<String> gateways, int limit)
            throws SQLException {
        List<OutboxMessage> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, recipient, body, language, template_key, dlt_template_id, encoding, segments, attempts, provider
                FROM outbox_message
                WHERE status = ? AND next_attempt_at <= ? AND channel = ?""" + onlyGateways + """

                ORDER BY next_attempt_at
                LIMIT ?
                FOR UPDATE SKIP LOCKED
                """)) {
            ps.setString(1, status);
            UtcTimestamps.set(ps, 2, now);
            ps.setString(3, channel.name());
            int p = 4;
            if (!onlyGateways.isEmpty()) {
                for (String g : gateways) {
                    ps.setString(p++, g);
                }
            }
            ps.setInt(p, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OutboxMessage m = new OutboxMessage();
                    m.id = rs.getLong("id");
                    m.channel = channel;
                    m.recipient = rs.getString("recipient");
                    m.body = rs.getString("body");
                    m.language = rs.getString("language");
                    m.templateKey = rs.getString("template_key");
                    m.dltTemplateId = rs.getString("dlt_template_id");
                    m.provider = rs.getString("provider");
                    m.encoding = SmsEncoding.valueOf(rs.getString("encoding"));
                    m.segments = rs.getInt("segments");
                    m.attempts = rs.getInt("attempts") + 1;
                    m.status = OutboxStatus.SENDING;
                    rows.add(m);
                }
            }
        }
        return rows;
    }

    private int recordResults(List<Outcome> outcomes) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement sent = c.prepareStatement("""
                     UPDATE outbox_message SET status = 'SENT', provider_id = ?, provider_status = ?, sent_at = ?,
                         last_error = NULL, error_code = NULL, lease_owner = NULL, updated_at = ?
                     WHERE id = ? AND lease_owner = ?
                     """);
             PreparedStatement failed = c.prepareStatement("""
                     UPDATE outbox_message SET status = ?, next_attempt_at = ?, error_code = ?, last_error = ?,
                         lease_owner = NULL, updated_at = ?
                     WHERE id = ? AND lease_owner = ?
                     """)) {
            List<String> sids = new ArrayList<>();
            int sentCount = 0;
            int failedCount = 0;
            Instant latest = Instant.EPOCH;
            for (Outcome o : outcomes) {
                OutboxMessage m = o.row();
                SendResult r = o.result();
                Instant now = o.now();
                String leaseOwner = o.leaseOwner();
                latest = now.isAfter(latest) ? now : latest;
                if (r.accepted()) {
                    sent.setString(1, r.providerId());
                    sent.setString(2, r.providerStatus());
                    UtcTimestamps.set(sent, 3, now);
                    UtcTimestamps.set(sent, 4, now);
                    sent.setLong(5, m.id);
                    sent.setString(6, leaseOwner);
                    sent.addBatch();
                    sids.add(r.providerId());
                    sentCount++;
                    continue;
                }
                OutboxStatus next;
                Instant nextAttempt = now;
                if (r.permanent()) {
                    next = OutboxStatus.FAILED;
                    LOG.warnf("outbox %d to %s failed permanently: %s", m.id, PhoneMask.mask(m.recipient), r.error());
                } else if (m.attempts >= config.maxAttempts()) {
                    next = OutboxStatus.DEAD;
                    LOG.errorf("outbox %d to %s dead after %d attempts: %s", m.id, PhoneMask.mask(m.recipient),
                            m.attempts, r.error());
                } else {
                    next = OutboxStatus.PENDING;
                    nextAttempt = now.plus(backoff(m.attempts));
                    LOG.debugf("outbox %d attempt %d failed, retry at %s: %s", m.id, m.attempts, nextAttempt, r.error());
                }
                failed.setString(1, next.name());
                UtcTimestamps.set(failed, 2, nextAttempt);
                if (r.errorCode() == null) {
                    failed.setNull(3, java.sql.Types.INTEGER);
                } else {
                    failed.setInt(3, r.errorCode());
                }
                failed.setString(4, truncate(r.error(), 500));
                UtcTimestamps.set(failed, 5, now);
                failed.setLong(6, m.id);
                failed.setString(7, leaseOwner);
                failed.addBatch();
                failedCount++;
            }
            int lost = 0;
            if (sentCount > 0) {
                lost += countMisses(sent.executeBatch());
            }
            if (failedCount > 0) {
                lost += countMisses(failed.executeBatch());
            }
            if (lost > 0) {
                // Only when heartbeats could not reach the database for a whole lease and another
                // dispatcher took the row: it sends it too (the provider has no idempotency key), but
                // only the holder of the lease records it.
                LOG.warnf("%d outbox results not recorded: their lease passed to another dispatcher", lost);
            }
            DeliveryReports.applyStored(c, sids, latest);
            return lost;
        } catch (SQLException e) {
            throw new IllegalStateException("outbox result recording failed", e);
        }
    }

    /** Exponential backoff with "equal jitter": half the delay fixed, half random, capped. */
    Duration backoff(int attempt) {
        long base = config.backoffBase().toMillis();
        long max = config.backoffMax().toMillis();
        long delay = attempt >= 32 ? max : Math.min(max, base << Math.max(0, attempt - 1));
        long half = delay / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    private static int countMisses(int[] updateCounts) {
        int misses = 0;
        for (int n : updateCounts) {
            if (n == 0) {
                misses++;
            }
        }
        return misses;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
