package org.sakhiline.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.sakhiline.support.PhoneMask;
import org.sakhiline.support.RatePacer;
import org.sakhiline.support.metrics.MessageMeters;

/**
 * Sends outbox rows after their transaction committed, keeping the window a crash leaves as small as the
 * providers allow (neither Twilio's Messages API nor Exotel's SMS API takes an idempotency key, so a message
 * the provider accepted but we did not record is sent again by whoever takes the row next):
 * <ul>
 * <li>claims are sized to the send workers ({@code claim-size}), at most two claims held per drain;</li>
 * <li>each send's result is recorded the moment it returns ({@link OutboxRecorder}: results arriving
 *     together share a commit), before that worker takes its next row: a killed instance leaves at most one
 *     accepted-but-unrecorded message per worker;</li>
 * <li>leases are short ({@code lease}, 20 s) and a heartbeat extends those of claims still being worked,
 *     so a killed instance's unsent rows are due again within one lease, while a slow one keeps its rows;</li>
 * <li>on a graceful stop it claims nothing more, finishes the sends in flight and gives the rest back
 *     (PENDING, attempt not counted), so nothing waits for a lease.</li>
 * </ul>
 * A row is sent only while its lease has {@code send-timeout} to run by the last heartbeat, so a send never
 * outlives its lease; a result whose lease passed to another dispatcher is not recorded ({@link OutboxLeases}).
 *
 * <p>SMS and VOICE rows are claimed in separate rounds: a call waits for its slot under the call rate
 * limit, which must not hold up SMS. VOICE rows go to the {@link CallSender}, when one is present.
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

    /** Tests only: runs after a send returned, before its result is recorded (a crash lands here). */
    volatile java.util.function.Consumer<OutboxMessage> afterSend = m -> { };

    private Timer unrecordedWindow;

    private final AtomicBoolean warnedNotReady = new AtomicBoolean();
    private final AtomicBoolean warnedCallsNotReady = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();
    /** Tests only: as if the process were killed — nothing more is sent, recorded, released or extended. */
    private volatile boolean halted;
    /** Claims with rows not yet recorded or given back: the heartbeat extends their leases. */
    private final Set<Held> held = ConcurrentHashMap.newKeySet();
    private ExecutorService workers;
    private ScheduledExecutorService heartbeat;
    private RatePacer smsPacer;
    private OutboxRecorder recorder;

    @PostConstruct
    void start() {
        if (config.lease().compareTo(config.heartbeat().plus(config.sendTimeout())) < 0) {
            throw new IllegalStateException("sakhiline.messaging.lease (" + config.lease() + ") must be at least "
                    + "heartbeat (" + config.heartbeat() + ") + send-timeout (" + config.sendTimeout()
                    + "): a send must never outlive its lease between two heartbeats");
        }
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(Math.max(1, config.sendWorkers()), r -> {
            Thread t = new Thread(r, "outbox-send-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long every = config.heartbeat().toMillis();
        heartbeat.scheduleWithFixedDelay(this::extendLeases, every, every, TimeUnit.MILLISECONDS);
        smsPacer = new RatePacer(config.ratePerSecond());
        recorder = new OutboxRecorder(leases, () -> halted, stopping::get);
        unrecordedWindow = Timer.builder("sakhiline.outbox.unrecorded.window")
                .description("From the provider accepting a message to its result committed: a crash inside it re-sends")
                .publishPercentiles(0.5, 0.99).register(meters);
        if (config.logOnly()) {
            LOG.info("Outbox in log-only mode: messages are logged, not sent");
        }
    }

    void onShutdown(@Observes ShutdownEvent event) { // before the datasource goes
        stop();
    }

    /**
     * Stops claiming; rows claimed but not started are given back (PENDING, attempt not counted); sends in
     * flight finish and are recorded (at most {@code send-timeout}). Idempotent.
     */
    @PreDestroy
    void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        workers.shutdown();
        try {
            if (!workers.awaitTermination(config.sendTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
                LOG.warn("Outbox sends still running at shutdown: their rows go out again after their lease");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        heartbeat.shutdownNow();
        recorder.close();
    }

    /** Tests only: stops this dispatcher as a {@code kill -9} would, leaving its claims as they are. */
    void halt() {
        halted = true;
        stopping.set(true);
        heartbeat.shutdownNow();
        workers.shutdown();
        recorder.close();
    }

    @Scheduled(identity = "outbox-dispatcher", every = "${sakhiline.messaging.dispatch-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchDue() {
        drain();
        dispatchOnce(clock.instant(), OutboxChannel.VOICE);
    }

    /** Sends every SMS due now, claim after claim (what the scheduled job runs); returns rows claimed. */
    public int drain() {
        return drain(null);
    }

    /**
     * Claim after claim until one comes back short. At most two claims are held at once: the next is taken as
     * soon as a claim's worth of rows is done, so workers never wait for it. {@code at} null: the clock's time.
     */
    private int drain(Instant at) {
        int size = config.effectiveClaimSize();
        Semaphore room = new Semaphore(2 * size);
        List<Future<?>> running = new ArrayList<>();
        int total = 0;
        try {
            while (!stopping.get()) {
                room.acquire(size);
                Held claim = claim(at == null ? clock.instant() : at, OutboxChannel.SMS, size);
                int got = claim == null ? 0 : claim.claim().rows().size();
                room.release(size - got);
                if (got == 0) {
                    break;
                }
                total += got;
                running.removeIf(Future::isDone);
                running.addAll(submit(claim, room));
                if (got < size) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        awaitAll(running);
        return total;
    }

    /** Sends every SMS due at the current time and records each result; returns rows claimed. */
    public int dispatchOnce() {
        return dispatchOnce(clock.instant());
    }

    /** Sends every SMS due as if it were {@code now}. */
    public int dispatchOnce(Instant now) {
        return dispatchOnce(now, OutboxChannel.SMS);
    }

    /**
     * One round of one channel as if it were {@code now} (tests use it to step past backoff without sleeping):
     * every SMS due, or one claim of calls.
     *
     * @return rows claimed (0 when nothing was due or no sender is configured)
     */
    public int dispatchOnce(Instant now, OutboxChannel channel) {
        if (channel == OutboxChannel.SMS) {
            return drain(now);
        }
        Held claim = stopping.get() ? null : claim(now, channel, callBatch());
        if (claim == null) {
            return 0;
        }
        awaitAll(submit(claim, null));
        return claim.claim().rows().size();
    }

    /** For tests: send and record a claim as a round would (e.g. one whose lease is running out). */
    int sendAndRecord(OutboxLeases.Claim claim, Instant now) {
        Held h = new Held(claim, now, smsSender::send, false);
        held.add(h);
        return awaitAll(submit(h, null)) ? claim.rows().size() : 0;
    }

    /** Sends one claimed row: an SMS or a call. */
    private interface Sender {
        SendResult send(OutboxMessage message);
    }

    /** A claim being worked, what sends its rows, and how many of them are not yet recorded or given back. */
    private record Held(OutboxLeases.Claim claim, Instant now, Sender sender, boolean paced, AtomicInteger open) {
        Held(OutboxLeases.Claim claim, Instant now, Sender sender, boolean paced) {
            this(claim, now, sender, paced, new AtomicInteger(claim.rows().size()));
        }
    }

    private int callBatch() {
        return callSenders.isResolvable() ? Math.max(1, callSenders.get().batchSize()) : 1;
    }

    /** Claims up to {@code limit} rows of one channel; null when nothing is due or no sender is ready. */
    private Held claim(Instant now, OutboxChannel channel, int limit) {
        Sender sender;
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
            paced = false; // the call sender keeps its own calls-per-second limit
        }
        OutboxLeases.Claim claim = leases.claim(now, channel, limit,
                channel == OutboxChannel.SMS ? smsSender.readyGateways() : null);
        if (claim.rows().isEmpty()) {
            return null;
        }
        Held h = new Held(claim, now, sender, paced);
        held.add(h);
        return h;
    }

    /** Queues each row of a claim on the workers; {@code room} (may be null) gets a permit back per row done. */
    private List<Future<?>> submit(Held h, Semaphore room) {
        List<Future<?>> futures = new ArrayList<>(h.claim().rows().size());
        for (OutboxMessage m : h.claim().rows()) {
            Runnable task = () -> {
                try {
                    sendAndRecordOne(h, m);
                } finally {
                    if (room != null) {
                        room.release();
                    }
                }
            };
            try {
                futures.add(workers.submit(task));
            } catch (RejectedExecutionException stoppedMeanwhile) {
                task.run(); // shutting down: gives the row back (or leaves it, when halted)
            }
        }
        return futures;
    }

    /** A worker's whole job for one row: send it if it may still be sent, then record what happened at once. */
    private void sendAndRecordOne(Held h, OutboxMessage m) {
        try {
            if (halted) {
                return;
            }
            if (h.paced() && !stopping.get() && h.claim().maySendNow()) {
                smsPacer.acquire();
            }
            if (stopping.get() || !h.claim().maySendNow()) {
                if (!stopping.get()) {
                    LOG.warnf("outbox %d not sent: under %s of its lease was left; given back", m.id, config.sendTimeout());
                }
                leases.release(h.claim(), List.of(m), h.now());
                return;
            }
            SendResult result = sendSafely(h.sender(), m);
            long accepted = System.nanoTime();
            afterSend.accept(m);
            if (halted) {
                return; // killed with this send in flight: the row goes out again after its lease
            }
            recorder.record(new OutboxLeases.Outcome(h.claim().leaseOwner(), m, result, h.now()));
            if (sendMeters != null) { // null in a dispatcher a test builds by hand beside the application's
                sendMeters.sent(m.channel.name(), m.provider, m.templateKey, result.accepted(), result.permanent());
            }
            if (result.accepted()) {
                unrecordedWindow.record(System.nanoTime() - accepted, TimeUnit.NANOSECONDS);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "outbox %d: not recorded; it goes out again after its lease", m.id);
        } finally {
            if (h.open().decrementAndGet() == 0) {
                held.remove(h);
            }
        }
    }

    private static SendResult sendSafely(Sender sender, OutboxMessage m) {
        try {
            return sender.send(m);
        } catch (RuntimeException e) { // a sender broke its promise not to throw; the text may quote the number
            return SendResult.retryable(null, PhoneMask.maskNumbersIn(String.valueOf(e)));
        }
    }

    /** The heartbeat: extends the leases of every claim this instance still works on. */
    void extendLeases() {
        if (halted || held.isEmpty()) {
            return;
        }
        try {
            leases.extend(held.stream().map(h -> h.claim()).toList(), clock.instant());
        } catch (RuntimeException e) {
            LOG.warnf("outbox heartbeat failed (leases run out unless the next one succeeds): %s", e.toString());
        }
    }

    /** Waits for the tasks (they catch everything themselves); false when interrupted. */
    private static boolean awaitAll(List<Future<?>> futures) {
        try {
            for (Future<?> f : futures) {
                f.get();
            }
            return true;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("outbox worker failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
