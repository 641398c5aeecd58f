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
import org.jboss.logging.Logger;
import org.sakhiline.support.PhoneMask;
import org.sakhiline.support.RatePacer;

/**
 * Sends outbox rows after their transaction committed. Each round claims due rows under a lease in a
 * short transaction; sends them outside any transaction, on a pool of workers; then records each result
 * in a second short transaction ({@link OutboxLeases} does both). A crashed instance's rows come back
 * when their lease ends.
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
    OutboxLeases leases;

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
        Runnable save = () -> leases.record(round.claim(), round.results(), now);
        try {
            return recorder.submit(save);
        } catch (RejectedExecutionException e) {
            save.run();
            return CompletableFuture.completedFuture(null);
        }
    }

    private record Round(OutboxLeases.Claim claim, List<SendResult> results) {}

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
        leases.record(round.claim(), round.results(), now);
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
        OutboxLeases.Claim claim = leases.claim(now, channel, limit);
        if (claim.rows().isEmpty()) {
            return null;
        }
        long t1 = System.nanoTime();
        List<SendResult> results = sendAll(sender, claim.rows(), paced);
        LOG.debugf("outbox round: %d rows; claim %d ms, send %d ms", claim.rows().size(), (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000);
        return new Round(claim, results);
    }

    /** Sends one claimed row: an SMS or a call. */
    @FunctionalInterface
    private interface Sender {
        SendResult send(OutboxMessage message);
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
