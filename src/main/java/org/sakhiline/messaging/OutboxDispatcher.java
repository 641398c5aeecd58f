package org.sakhiline.messaging;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.sakhiline.support.PhoneMask;
import org.sakhiline.support.RatePacer;
import org.sakhiline.support.RetryOnDeadlock;

/**
 * Sends outbox rows after their transaction committed. Each round claims due rows in a short
 * transaction ({@code FOR UPDATE SKIP LOCKED}, so several instances never take the same row) and marks
 * them SENDING under a lease; sends them outside any transaction; then records each result in a second
 * short transaction. A crashed instance's rows come back when their lease ends.
 *
 * <p>SMS and VOICE rows are claimed in separate rounds: a call waits for its slot under the call rate
 * limit, which must not hold up SMS. VOICE rows go to the {@link CallSender}, when one is present.
 *
 * <p>Delivery is at-least-once: if an instance dies after Twilio accepted a message but before the
 * result was recorded, the row is sent again after the lease.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MessagingConfig config;

    /** Twilio or the log-only stand-in, as {@code sakhiline.messaging.log-only} says. */
    @Inject
    SmsSender smsSender;

    @Inject
    Instance<CallSender> callSenders;

    Clock clock = Clock.systemUTC();

    private final AtomicBoolean warnedNotReady = new AtomicBoolean();
    private final AtomicBoolean warnedCallsNotReady = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private ExecutorService workers;
    private ExecutorService recorder;
    private RatePacer smsPacer;

    @PostConstruct
    void start() {
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(Math.max(1, config.sendWorkers()), r -> {
            Thread t = new Thread(r, "outbox-send-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        recorder = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "outbox-record");
            t.setDaemon(true);
            return t;
        });
        smsPacer = new RatePacer(config.ratePerSecond());
        if (config.logOnly()) {
            LOG.info("Outbox in log-only mode: messages are logged, not sent");
        }
    }

    @PreDestroy
    void stop() {
        stopping.set(true);
        workers.shutdown();
        recorder.shutdown();
        try {
            // Results of messages already sent must be written before the datasource goes away.
            if (!recorder.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Outbox results still being recorded at shutdown: those rows are re-sent after their lease");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Scheduled(identity = "outbox-dispatcher", every = "${sakhiline.messaging.dispatch-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchDue() {
        drain();
        dispatchOnce(clock.instant(), OutboxChannel.VOICE);
    }

    /**
     * Sends everything due now, batch after batch, until a batch comes back short. Recording batch k
     * overlaps with claiming and sending batch k+1 (they hold different rows), which keeps the workers busy.
     *
     * @return rows claimed
     */
    public int drain() {
        int total = 0;
        Future<?> recording = null;
        try {
            while (!stopping.get()) {
                Instant now = clock.instant();
                Round round = claimAndSend(now, OutboxChannel.SMS);
                if (round == null) {
                    break;
                }
                // Queue this round's results before waiting on the previous round's: if that one
                // failed, these sent messages must still be recorded, or they go out again after the lease.
                Future<?> previous = recording;
                recording = submitRecord(round, now);
                if (previous != null) {
                    previous.get();
                }
                total += round.batch().size();
                if (round.batch().size() < config.batchSize()) {
                    break;
                }
            }
            if (recording != null) {
                recording.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("outbox result recording failed", e.getCause());
        }
        return total;
    }

    /** Records on the recorder thread; inline when it no longer takes work (shutting down). */
    private Future<?> submitRecord(Round round, Instant now) {
        Runnable save = () -> RetryOnDeadlock.inNewTransaction("outbox record",
                () -> record(round.batch(), round.results(), round.leaseOwner(), now));
        try {
            return recorder.submit(save);
        } catch (RejectedExecutionException e) {
            save.run();
            return CompletableFuture.completedFuture(null);
        }
    }

    private record Round(List<OutboxMessage> batch, List<SendResult> results, String leaseOwner) {}

    /** One round at the current time: claim up to batch-size due SMS rows, send them, record results. */
    public int dispatchOnce() {
        return dispatchOnce(clock.instant());
    }

    /** One SMS round as if it were {@code now}. */
    public int dispatchOnce(Instant now) {
        return dispatchOnce(now, OutboxChannel.SMS);
    }

    /**
     * One round of one channel as if it were {@code now} (tests use it to step past backoff without sleeping).
     *
     * @return rows claimed (0 when nothing was due or no sender is configured)
     */
    public int dispatchOnce(Instant now, OutboxChannel channel) {
        Round round = claimAndSend(now, channel);
        if (round == null) {
            return 0;
        }
        RetryOnDeadlock.inNewTransaction("outbox record",
                () -> record(round.batch(), round.results(), round.leaseOwner(), now));
        return round.batch().size();
    }

    /** Claims a batch of one channel and sends it; null when nothing is due or no sender is ready. */
    private Round claimAndSend(Instant now, OutboxChannel channel) {
        Sender sender;
        int limit;
        boolean paced;
        if (channel == OutboxChannel.SMS) {
            if (!smsSender.ready()) {
                if (warnedNotReady.compareAndSet(false, true)) {
                    LOG.warn("Twilio is not configured (sakhiline.twilio.account-sid, auth-token, from-number or "
                            + "messaging-service-sid): outbound messages stay PENDING");
                }
                return null;
            }
            sender = smsSender::send;
            // A paced round must finish well inside its lease, or another instance re-claims and re-sends
            // the rows still waiting for their slot.
            limit = config.ratePerSecond() > 0
                    ? (int) Math.max(1, Math.min(config.batchSize(), config.ratePerSecond() * config.lease().toSeconds() / 2))
                    : config.batchSize();
            paced = true;
        } else {
            CallSender calls = callSenders.isResolvable() ? callSenders.get() : null;
            if (calls == null || !calls.ready()) {
                if (warnedCallsNotReady.compareAndSet(false, true)) {
                    LOG.warn("No call sender is ready (Twilio credentials and a caller id): VOICE messages stay PENDING");
                }
                return null;
            }
            sender = calls::send;
            limit = Math.max(1, calls.batchSize());
            paced = false; // the call sender keeps its own calls-per-second limit
        }
        String leaseOwner = UUID.randomUUID().toString();
        long t0 = System.nanoTime();
        List<OutboxMessage> batch = RetryOnDeadlock.inNewTransaction("outbox claim",
                () -> claim(now, leaseOwner, channel, limit));
        if (batch.isEmpty()) {
            return null;
        }
        long t1 = System.nanoTime();
        List<SendResult> results = sendAll(sender, batch, paced);
        LOG.debugf("outbox round: %d rows; claim %d ms, send %d ms", batch.size(), (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000);
        return new Round(batch, results, leaseOwner);
    }

    /** Sends one claimed row: an SMS or a call. */
    @FunctionalInterface
    private interface Sender {
        SendResult send(OutboxMessage message);
    }

    private List<OutboxMessage> claim(Instant now, String leaseOwner, OutboxChannel channel, int limit) {
        try (Connection c = dataSource.getConnection()) {
            List<OutboxMessage> batch = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, recipient, body, language, template_key, dlt_template_id, encoding, segments, attempts
                    FROM outbox_message
                    WHERE status IN ('PENDING', 'SENDING') AND next_attempt_at <= ? AND channel = ?
                    ORDER BY next_attempt_at
                    LIMIT ?
                    FOR UPDATE SKIP LOCKED
                    """)) {
                UtcTimestamps.set(ps, 1, now);
                ps.setString(2, channel.name());
                ps.setInt(3, limit);
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
                        m.encoding = SmsEncoding.valueOf(rs.getString("encoding"));
                        m.segments = rs.getInt("segments");
                        m.attempts = rs.getInt("attempts") + 1;
                        m.status = OutboxStatus.SENDING;
                        batch.add(m);
                    }
                }
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

    private List<SendResult> sendAll(Sender sender, List<OutboxMessage> batch, boolean paced) {
        List<Future<SendResult>> futures = new ArrayList<>(batch.size());
        for (OutboxMessage m : batch) {
            futures.add(workers.submit(() -> {
                if (paced) {
                    smsPacer.acquire();
                }
                return sender.send(m);
            }));
        }
        List<SendResult> results = new ArrayList<>(batch.size());
        for (Future<SendResult> f : futures) {
            try {
                results.add(f.get());
            } catch (ExecutionException e) {
                results.add(SendResult.retryable(null, String.valueOf(e.getCause())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                results.add(SendResult.retryable(null, "interrupted"));
            }
        }
        return results;
    }

    private void record(List<OutboxMessage> batch, List<SendResult> results, String leaseOwner, Instant now) {
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
            for (int i = 0; i < batch.size(); i++) {
                OutboxMessage m = batch.get(i);
                SendResult r = results.get(i);
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
                // Only possible when a send outlived the lease and another dispatcher took the row.
                LOG.warnf("%d outbox results not recorded: lease expired (raise sakhiline.messaging.lease)", lost);
            }
            DeliveryReports.applyStored(c, sids, now);
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
