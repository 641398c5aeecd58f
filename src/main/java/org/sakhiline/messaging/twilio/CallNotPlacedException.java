package org.sakhiline.messaging.twilio;

import org.sakhiline.messaging.SendResult;

/**
 * Twilio refused or could not take a call placed at once (a menu call). Its message is the masked
 * error text; Twilio's own exception is not kept as the cause, since its message quotes the number.
 */
public class CallNotPlacedException extends RuntimeException {

    private final transient SendResult result;

    public CallNotPlacedException(SendResult result) {
        super(result.error());
        this.result = result;
    }

    /** Whether a retry could succeed, Twilio's error code and the masked text. */
    public SendResult result() {
        return result;
    }
}
