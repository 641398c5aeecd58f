package org.sakhiline.messaging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * Writes send results for the dispatcher's workers, each as soon as it arrives, sharing one transaction
 * among those that arrive together (group commit): a worker hands over its result and waits for the commit
 * before it takes another row, so at any moment a worker holds at most one message the provider accepted and
 * the outbox does not yet record — the whole re-send bound of a killed instance — without paying a commit per
 * message. One thread; a write that fails is retried until it succeeds (the heartbeat keeps the leases
 * meanwhile), and given up only when the dispatcher is killed or, after five tries, stopping.
 */
final class OutboxRecorder {

    private static final Logger LOG = Logger.getLogger(OutboxRecorder.class);

    private record Pending(OutboxLeases.Outcome outcome, CompletableFuture<Void> done) {}

    private final OutboxLeases leases;
    private final BooleanSupplier halted;
    private final BooleanSupplier stopping;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    OutboxRecorder(OutboxLeases leases, BooleanSupplier halted, BooleanSupplier stopping) {
        this.leases = leases;
        this.halted = halted;
        this.stopping = stopping;
        this.thread = new Thread(this::run, "outbox-record");
        thread.setDaemon(true);
        thread.start();
    }

    /** Records one result and returns once it is committed; throws when it could not be. */
    void record(OutboxLeases.Outcome outcome) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        queue.add(new Pending(outcome, done));
        if (closed) {
            writeOwn(); // the thread is gone: write it here
        }
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the outbox result to commit", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("outbox result not recorded", e.getCause());
        }
    }

    /** Stops the thread once the queue is empty; later results are written by the worker that hands them over. */
    void close() {
        closed = true;
    }

    private void run() {
        while (!closed) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<Pending> batch = new ArrayList<>();
                    batch.add(first);
                    queue.drainTo(batch);
                    write(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        writeOwn();
    }

    private synchronized void writeOwn() {
        List<Pending> batch = new ArrayList<>();
        queue.drainTo(batch);
        if (!batch.isEmpty()) {
            write(batch);
        }
    }

    private void write(List<Pending> batch) {
        batch.sort(Comparator.comparingLong(p -> p.outcome().row().id)); // one lock order: fewer deadlocks
        List<OutboxLeases.Outcome> outcomes = batch.stream().map(Pending::outcome).toList();
        long delayMillis = 100;
        for (int attempt = 1; ; attempt++) {
            if (halted.getAsBoolean()) {
                fail(batch, new IllegalStateException("dispatcher killed before its results were recorded"));
                return;
            }
            try {
                leases.record(outcomes);
                batch.forEach(p -> p.done().complete(null));
                return;
            } catch (RuntimeException e) {
                if (stopping.getAsBoolean() && attempt >= 5) {
                    fail(batch, e);
                    return;
                }
                LOG.warnf("%d outbox results not recorded (attempt %d), retrying in %d ms: %s", batch.size(), attempt,
                        delayMillis, e);
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    fail(batch, e);
                    return;
                }
                delayMillis = Math.min(delayMillis * 2, 2_000);
            }
        }
    }

    private static void fail(List<Pending> batch, Exception e) {
        batch.forEach(p -> p.done().completeExceptionally(e));
    }
}
