package org.sakhiline.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RatePacerTest {

    private static final long SECOND = 1_000_000_000L;

    /** A pacer on a clock the test moves; waiting moves the clock by the time waited. */
    private static RatePacer pacer(double rate, AtomicLong now) {
        return new RatePacer(rate, now::get, now::addAndGet);
    }

    @Test
    void oneASecondSpacesEventsASecondApart() {
        AtomicLong now = new AtomicLong(5 * SECOND);
        RatePacer p = pacer(1, now);
        assertEquals(0, p.reserve());
        assertEquals(SECOND, p.reserve());
        assertEquals(2 * SECOND, p.reserve());
        now.addAndGet(10 * SECOND); // idle for a while: no burst credit is saved up
        assertEquals(0, p.reserve());
        assertEquals(SECOND, p.reserve());
    }

    @Test
    void fractionalAndUnlimitedRates() {
        AtomicLong now = new AtomicLong();
        RatePacer half = pacer(0.5, now);
        half.reserve();
        assertEquals(2 * SECOND, half.reserve());
        RatePacer fifty = pacer(50, now);
        fifty.reserve();
        assertEquals(20_000_000L, fifty.reserve());
        for (double unlimited : new double[] {0, -1}) {
            RatePacer p = pacer(unlimited, now);
            p.reserve();
            assertEquals(0, p.reserve());
        }
    }

    @Test
    void aNegativeClockStillStartsNow() {
        // System.nanoTime may be negative; a pacer counting from 0 would make the first event wait.
        AtomicLong now = new AtomicLong(-1_000 * SECOND);
        RatePacer p = pacer(2, now);
        assertEquals(0, p.reserve());
        assertEquals(SECOND / 2, p.reserve());
    }

    @Test
    void acquireWaitsUntilItsSlot() {
        AtomicLong now = new AtomicLong();
        RatePacer p = pacer(4, now);
        List<Long> startedAt = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            p.acquire();
            startedAt.add(now.get());
        }
        long q = SECOND / 4;
        assertEquals(List.of(0L, q, 2 * q, 3 * q, 4 * q), startedAt);
    }

    @Test
    void aParkThatWakesEarlyWaitsOnUntilTheSlot() {
        AtomicLong now = new AtomicLong();
        // Each park lets only half of what was asked pass, as a spurious wake-up would.
        RatePacer p = new RatePacer(4, now::get, waited -> now.addAndGet(Math.max(1, waited / 2)));
        p.acquire();
        p.acquire();
        assertTrue(now.get() >= SECOND / 4, "the second call starts at its slot, not halfway to it: " + now.get());
    }

    @Test
    void concurrentCallersEachGetTheirOwnSlot() throws InterruptedException {
        AtomicLong now = new AtomicLong(); // frozen: every caller asks at the same instant
        RatePacer p = new RatePacer(10, now::get, waited -> {});
        int callers = 8;
        int each = 250;
        ConcurrentLinkedQueue<Long> waits = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            for (int c = 0; c < callers; c++) {
                pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < each; i++) {
                        waits.add(p.reserve());
                    }
                    return null;
                });
            }
            go.countDown();
        } finally {
            pool.shutdown();
        }
        assertEquals(true, pool.awaitTermination(30, TimeUnit.SECONDS));
        List<Long> sorted = waits.stream().sorted().toList();
        assertEquals(callers * each, sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            assertEquals(i * (SECOND / 10), sorted.get(i), "slot " + i);
        }
    }
}
