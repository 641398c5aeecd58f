package org.sakhiline.messaging.twilio;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * How outbound calls are placed. The keys stay under {@code sakhiline.voice.*}, where operators set
 * them, but they are read here, by the sender that places the calls; the voice channel's own settings
 * (menus, speech, timeouts) share the prefix in its {@code VoiceConfig}.
 */
@ConfigMapping(prefix = "sakhiline.voice")
public interface OutboundCallConfig {

    /** Outbound calls per second from this instance (Twilio's default account limit is 1). */
    @WithDefault("1")
    double callsPerSecond();

    /** Caller id for outbound calls; default {@code sakhiline.twilio.from-number}. */
    Optional<String> fromNumber();

    /** VOICE outbox rows claimed per dispatcher round (each waits for its call slot). */
    @WithDefault("5")
    int dispatchBatch();
}
