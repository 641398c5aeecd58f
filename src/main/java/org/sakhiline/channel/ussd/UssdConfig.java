package org.sakhiline.channel.ussd;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "sakhiline.ussd")
public interface UssdConfig {

    /** A session idle longer than this starts fresh at the main menu (gateways drop after 20–180 s). */
    @WithDefault("PT3M")
    Duration sessionIdleTimeout();

    /** Screen size when all text is GSM-7. Some operators allow only 160. */
    @WithDefault("182")
    int gsm7ScreenLimit();

    /** Screen size as soon as one character needs UCS-2 (all Indic and Arabic scripts). */
    @WithDefault("80")
    int ucs2ScreenLimit();

    /** Longest input accepted from a handset; anything longer is refused politely. */
    @WithDefault("64")
    int maxInputLength();

    /**
     * Longest accumulated Africa's Talking {@code text} (every input of the session joined by '*') and
     * longest {@code serviceCode}/{@code networkCode}; longer is a 400: no real session comes near it.
     */
    @WithDefault("2000")
    int maxTextLength();

    /**
     * Shared secret the gateway presents, as header {@code X-Gateway-Key} or as the password of HTTP
     * Basic auth. Unset means the USSD endpoints are open (development only: a warning is logged).
     */
    Optional<String> gatewaySecret();

    /**
     * How many sessions this instance keeps its last answer of, to skip the session read on their next
     * hop (about 1 KB each). 0 reads every hop.
     */
    @WithDefault("20000")
    int rememberedSessions();

    /** Flow the USSD code starts. */
    @WithDefault("main")
    String flow();
}
