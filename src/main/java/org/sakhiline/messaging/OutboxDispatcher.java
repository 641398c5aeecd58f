package org.sakhiline.messaging;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jboss.logging.Logger;
import org.sakhiline.support.PhoneMask;
import org.sakhiline.support.RatePacer;
import org.sakhiline.support.metrics.MessageMeters;

/**
 * Sends outbox rows after their transaction committed. Each round claims due rows under a lease in a
 * short transaction; sends them outside any transaction, on a pool of workers; then records each result
 * in a second short transaction ({@link OutboxLeases} does both). A crashed instance's rows come back
 * when their lease ends.
 *
 * <p>SMS and VOICE rows are claimed in separate rounds: a call waits for its slot under the call rate
 * limit, which must not hold up SMS. VOICE rows go to the {@link CallSender}, when one is present.
 *
 * <p>A row is sent only while its lease still has {@code send-timeout} to run (a send never outlives the
 * lease, so no other instance can re-claim a row being sent); rows whose turn comes later are given back.
 * A result that cannot be written is retried until it is. Delivery stays at-least-once only across a crash:
 * if an instance dies between Twilio accepting a message and the result's commit, the row is sent again
 * after the lease. That window per message is measured as {@code sakhiline.outbox.unrecorded.window}.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);

    @Inject
    OutboxLeases leases;

    @Inject
    MessagingConfig config;

    /** Twilio or the log-only stand-in, as {@code sakhiline.messaging.log-only} says. */
    @Inject
    SmsSender smsSender;

    @Inject
    Instance<CallSender> callSenders;

    @Inject
    MeterRegistry meters;

    @Inject
    MessageMeters sendMeters;

    Clock clock = Clock.systemUTC();

    /** What a row gets that was not sent because its lease was running out (compared by identity). */
    private static final SendResult NOT_SENT = SendResult.retryable(null, "not sent: lease running out");
    private Timer unrecordedWindow;

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
        if (config.lease().compareTo(config.sendTimeout().multipliedBy(2)) < 0) {
            throw new IllegalStateException("sakhiline.messaging.lease (" + config.lease() + ") must be at least twice "
                    + "sakhiline.messaging.send-timeout (" + config.sendTimeout() + "): a send must never outlive its lease");
        }
        unrecordedWindow = Timer.builder("sakhiline.outbox.unrecorded.window")
                .description("From the provider accepting a message to its result committed: a crash inside it re-sends")
                .publishPercentiles(0.5, 0.99).register(meters);
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
                total += round.claim().rows().size();
                if (round.claim().rows().size() < config.batchSize()) {
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
        Runnable save = () -> recordUntilRecorded(round, now);
        try {
            return recorder.submit(save);
        } catch (RejectedExecutionException e) {
            save.run();
            return CompletableFuture.completedFuture(null);
        }
    }

    /** @param doneAt {@link System#nanoTime()} when each send returned (0 when it was not sent) */
    private record Round(OutboxLeases.Claim claim, List<SendResult> results, long[] doneAt) {}

    /**
     * Writes a round's results, retrying until the write succeeds: a result not written means the message
     * goes out again after its lease. Rows not sent (lease running out) are given back instead.
     */
    private void recordUntilRecorded(Round round, Instant now) {
        long delayMillis = 100;
        for (int attempt = 1; ; attempt++) {
            try {
                record(round, now);
                return;
            } catch (RuntimeException e) {
                if (stopping.get() && attempt >= 5) {
                    LOG.errorf(e, "outbox results of %d rows not recorded at shutdown: they are re-sent after their lease",
                            round.claim().rows().size());
                    throw e;
                }
                LOG.warnf("outbox results not recorded (attempt %d), retrying in %d ms: %s", attempt, delayMillis, e);
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                delayMillis = Math.min(delayMillis * 2, 5_000);
            }
        }
    }

    private void record(Round round, Instant now) {
        List<OutboxMessage> sent = new ArrayList<>();
        List<SendResult> results = new ArrayList<>();
        List<OutboxMessage> unsent = new ArrayList<>();
        for (int i = 0; i < round.results().size(); i++) {
            if (round.results().get(i) == NOT_SENT) {
                unsent.add(round.claim().rows().get(i));
            } else {
                sent.add(round.claim().rows().get(i));
                results.add(round.results().get(i));
            }
        }
        OutboxLeases.Claim claim = round.claim();
        if (!sent.isEmpty()) {
            leases.record(new OutboxLeases.Claim(claim.leaseOwner(), sent, claim.sendBy()), results, now);
        }
        leases.release(claim, unsent, now);
        long recorded = System.nanoTime();
        for (int i = 0; i < round.results().size(); i++) {
            if (round.results().get(i).accepted() && round.doneAt()[i] != 0) {
                unrecordedWindow.record(recorded - round.doneAt()[i], TimeUnit.NANOSECONDS);
            }
        }
    }

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
        recordUntilRecorded(round, now);
        return round.claim().rows().size();
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
        long t0 = System.nanoTime();
        OutboxLeases.Claim claim = leases.claim(now, channel, limit,
                channel == OutboxChannel.SMS ? smsSender.readyGateways() : null);
        if (claim.rows().isEmpty()) {
            return null;
        }
        long t1 = System.nanoTime();
        return sendClaimed(claim, sender, paced, t0, t1);
    }

    /** Sends a claim's rows, each only while the claim may still send. */
    private Round sendClaimed(OutboxLeases.Claim claim, Sender sender, boolean paced, long t0, long t1) {
        long[] doneAt = new long[claim.rows().size()];
        List<SendResult> results = sendAll(sender, claim, paced, doneAt);
        LOG.debugf("outbox round: %d rows; claim %d ms, send %d ms", claim.rows().size(), (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000);
        return new Round(claim, results, doneAt);
    }

    /** For tests: send and record a claim as a round would (e.g. one whose lease is running out). */
    int sendAndRecord(OutboxLeases.Claim claim, Instant now) {
        long t = System.nanoTime();
        recordUntilRecorded(sendClaimed(claim, smsSender::send, false, t, t), now);
        return claim.rows().size();
    }

    /** Sends one claimed row: an SMS or a call. */
    @FunctionalInterface
    private interface Sender {
        SendResult send(OutboxMessage message);
    }

    private List<SendResult> sendAll(Sender sender, OutboxLeases.Claim claim, boolean paced, long[] doneAt) {
        List<OutboxMessage> batch = claim.rows();
        List<Future<SendResult>> futures = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            OutboxMessage m = batch.get(i);
            int index = i;
            futures.add(workers.submit(() -> {
                if (paced) {
                    smsPacer.acquire();
                }
                // Checked after waiting for a slot and a worker: a send must end before the lease does.
                if (!claim.maySendNow()) {
                    return NOT_SENT;
                }
                SendResult r = sender.send(m);
                sendMeters.sent(m.channel.name(), m.provider, m.templateKey, r.accepted(), r.permanent());
                doneAt[index] = System.nanoTime();
                return r;
            }));
        }
        List<SendResult> results = new ArrayList<>(batch.size());
        for (Future<SendResult> f : futures) {
            try {
                results.add(f.get());
            } catch (ExecutionException e) {
                // A sender broke its promise not to throw; its text may quote the number.
                results.add(SendResult.retryable(null, PhoneMask.maskNumbersIn(String.valueOf(e.getCause()))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                results.add(SendResult.retryable(null, "interrupted"));
            }
        }
        return results;
    }
}
