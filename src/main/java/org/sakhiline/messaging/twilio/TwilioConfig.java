package org.sakhiline.messaging.twilio;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * Twilio credentials and numbers ({@code sakhiline.twilio.*}), from the environment in production
 * (SAKHILINE_TWILIO_ACCOUNT_SID, SAKHILINE_TWILIO_AUTH_TOKEN, ...). Never committed.
 */
@ConfigMapping(prefix = "sakhiline.twilio")
public interface TwilioConfig {

    Optional<String> accountSid();

    /** Also the key of webhook signatures. */
    Optional<String> authToken();

    /** Sender number (E.164) or alphanumeric sender id; used when no messaging service is set. */
    Optional<String> fromNumber();

    /** Preferred over {@link #fromNumber()} when set (MG...). */
    Optional<String> messagingServiceSid();

    /** Sends API calls here instead of https://*.twilio.com (tests point it at a local stub). */
    Optional<String> apiBaseUrl();

    default boolean canSend() {
        return accountSid().isPresent() && authToken().isPresent()
                && (fromNumber().isPresent() || messagingServiceSid().isPresent());
    }
}
