package org.sakhiline.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Outbox dispatcher settings ({@code sakhiline.messaging.*}). */
@ConfigMapping(prefix = "sakhiline.messaging")
public interface MessagingConfig {

    /** Log messages (phone masked) and mark them SENT with a fake id instead of calling Twilio. */
    @WithDefault("false")
    boolean logOnly();

    /** How often the dispatcher looks for due rows; {@code off} disables the scheduled job. */
    @WithDefault("2s")
    String dispatchInterval();

    /**
     * Rows one claim takes; 0 (the default) means {@code send-workers}. Claims are sized to what is sent at
     * once, so rows an instance holds but has not started are few (at most two claims' worth) and a killed
     * instance leaves little behind.
     */
    @WithDefault("0")
    int claimSize();

    /** The claim size in effect: {@link #claimSize()}, or the number of send workers when that is 0. */
    default int effectiveClaimSize() {
        return claimSize() > 0 ? claimSize() : Math.max(1, sendWorkers());
    }

    /** Threads sending at once (the Twilio API answers one message per request). */
    @WithDefault("8")
    int sendWorkers();

    /**
     * How long a claimed row stays SENDING without a heartbeat before another dispatcher may take it: the
     * longest its unsent rows wait after an instance dies. Must be at least {@code heartbeat + send-timeout}.
     */
    @WithDefault("20s")
    Duration lease();

    /** How often an instance extends the lease of the rows it still works on (those waiting or being sent). */
    @WithDefault("5s")
    Duration heartbeat();

    /**
     * The longest one send may take; the Twilio and Exotel clients time out inside it (5 s to connect, the
     * rest to answer). A row is only sent while its lease, as the last heartbeat left it, has at least this
     * much to run: a send never outlives its lease, even when heartbeats stop reaching the database.
     */
    @WithDefault("15s")
    Duration sendTimeout();

    /** Attempts before a row is dead-lettered. */
    @WithDefault("8")
    int maxAttempts();

    /** First retry delay; doubles per attempt, with jitter, up to {@link #backoffMax()}. */
    @WithDefault("10s")
    Duration backoffBase();

    @WithDefault("30m")
    Duration backoffMax();

    /** Messages per second across this instance's workers; 0 = unlimited. */
    @WithDefault("0")
    double ratePerSecond();
}
