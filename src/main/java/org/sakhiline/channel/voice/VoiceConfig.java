package org.sakhiline.channel.voice;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Voice (IVR) settings ({@code sakhiline.voice.*}). How outbound calls are placed (rate, caller id, batch)
 * shares the prefix but is read by the Twilio call sender: {@code messaging.twilio.OutboundCallConfig}.
 */
@ConfigMapping(prefix = "sakhiline.voice")
public interface VoiceConfig {

    /** The flow an incoming call hears. */
    @WithDefault("main")
    String flow();

    /** Language of "please call again later" when nothing else is known (the database may be down). */
    @WithDefault("hi")
    String defaultLanguage();

    /**
     * Twilio {@code <Say>} language per spoken language (base code): {@code tts-language.hi=hi-IN}. A
     * language without an entry is recorded-only (or falls back to the flow's default language).
     */
    Map<String, String> ttsLanguage();

    /** Optional Twilio voice per spoken language: {@code tts-voice.hi=Polly.Aditi}. */
    Map<String, String> ttsVoice();

    /** Where Twilio fetches recordings; default: this service at {@code <public-base-url>/voice/audio}. */
    Optional<String> audioBaseUrl();

    /** Seconds Twilio waits for a key before the call is re-prompted. */
    @WithDefault("6")
    int gatherTimeoutSeconds();

    /** Re-prompts after silence before the call says goodbye and hangs up. */
    @WithDefault("2")
    int silenceRetries();

    /** How long a call's menu session stays usable after its last hop. */
    @WithDefault("30m")
    Duration sessionTtl();
}
