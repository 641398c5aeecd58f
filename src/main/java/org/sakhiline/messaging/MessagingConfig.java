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

    /** Rows claimed per claim transaction. */
    @WithDefault("200")
    int batchSize();

    /** Threads sending one claimed batch (the Twilio API answers one message per request). */
    @WithDefault("8")
    int sendWorkers();

    /** How long a claimed row stays SENDING before another dispatcher may take it again. */
    @WithDefault("5m")
    Duration lease();

    /**
     * The longest one send may take (Twilio's client: 10 s to connect, 30.5 s to answer). A claimed row is
     * only sent while at least this much of its lease is left, so a send never outlives its lease and
     * another instance never re-claims a row that is still being sent. The lease must be at least twice this.
     */
    @WithDefault("45s")
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
