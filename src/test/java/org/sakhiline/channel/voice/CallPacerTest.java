package org.sakhiline.channel.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallPacerTest {

    private static CallPacer pacer(double rate, long[] now) {
        CallPacer p = new CallPacer();
        p.config = new FixedRate(rate);
        p.nanoTime = () -> now[0];
        return p;
    }

    @Test
    void oneCallPerSecondSpacesCallsASecondApart() {
        long[] now = {5_000_000_000L};
        CallPacer p = pacer(1, now);
        assertEquals(0, p.reserve());
        assertEquals(1_000_000_000L, p.reserve());
        assertEquals(2_000_000_000L, p.reserve());
        now[0] += 10_000_000_000L; // idle for a while: no burst credit is saved up
        assertEquals(0, p.reserve());
        assertEquals(1_000_000_000L, p.reserve());
    }

    @Test
    void fractionalAndUnlimitedRates() {
        long[] now = {0};
        CallPacer half = pacer(0.5, now);
        half.reserve();
        assertEquals(2_000_000_000L, half.reserve());
        CallPacer unlimited = pacer(0, now);
        unlimited.reserve();
        assertEquals(0, unlimited.reserve());
    }

    /** Only the rate matters to the pacer. */
    private record FixedRate(double callsPerSecond) implements VoiceConfig {
        public String flow() { return "main"; }
        public String defaultLanguage() { return "hi"; }
        public Map<String, String> ttsLanguage() { return Map.of(); }
        public Map<String, String> ttsVoice() { return Map.of(); }
        public Optional<String> audioBaseUrl() { return Optional.empty(); }
        public int gatherTimeoutSeconds() { return 6; }
        public int silenceRetries() { return 2; }
        public Duration sessionTtl() { return Duration.ofMinutes(30); }
        public Optional<String> fromNumber() { return Optional.empty(); }
        public int dispatchBatch() { return 5; }
    }
}
