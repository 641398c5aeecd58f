package org.sakhiline.messaging;

/**
 * Outcome of one send. {@code permanent} failures (an invalid number, a blocked destination) are not
 * retried; the rest are, with backoff.
 */
public record SendResult(boolean accepted, String providerId, String providerStatus,
                         boolean permanent, Integer errorCode, String error) {

    public static SendResult accepted(String providerId, String providerStatus) {
        return new SendResult(true, providerId, providerStatus, false, null, null);
    }

    public static SendResult retryable(Integer errorCode, String error) {
        return new SendResult(false, null, null, false, errorCode, error);
    }

    public static SendResult permanent(Integer errorCode, String error) {
        return new SendResult(false, null, null, true, errorCode, error);
    }
}
