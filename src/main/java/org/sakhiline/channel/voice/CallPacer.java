package org.sakhiline.channel.voice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Spaces outbound calls to {@code sakhiline.voice.calls-per-second} across this instance (Twilio queues
 * calls above the account's rate, 1 per second by default). Several instances share Twilio's limit,
 * so each should get its share of the rate.
 */
@ApplicationScoped
public class CallPacer {

    @Inject
    VoiceConfig config;

    LongSupplier nanoTime = System::nanoTime;
    private long nextSlot = Long.MIN_VALUE;

    /** Blocks until this call's slot; returns the nanoseconds waited. */
    public long acquire() {
        long wait = reserve();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
        return Math.max(0, wait);
    }

    /** Takes the next slot and returns how long until it starts (≤ 0: now). */
    synchronized long reserve() {
        double rate = config.callsPerSecond();
        long now = nanoTime.getAsLong();
        if (rate <= 0) {
            return 0;
        }
        long interval = (long) (1_000_000_000L / rate);
        long slot = nextSlot == Long.MIN_VALUE ? now : Math.max(now, nextSlot);
        nextSlot = slot + interval;
        return slot - now;
    }
}
