package org.sakhiline.messaging.twilio;

import com.twilio.exception.ApiException;
import java.util.Set;
import org.sakhiline.messaging.SendResult;
import org.sakhiline.support.PhoneMask;

/**
 * What a failed Twilio request means for the outbox: permanent when the message itself is at fault (an
 * invalid or blocked number), retryable for everything else. Twilio's text often quotes the number: every
 * phone number in it is masked here, before the result is logged or stored.
 */
public final class TwilioErrors {

    /** 4xx answers that mean our configuration is wrong, not the message: retry until someone fixes it. */
    private static final Set<Integer> CONFIG_ERROR_CODES = Set.of(20003, 20404, 21212, 21603, 21606);
    private static final Set<Integer> RETRYABLE_HTTP = Set.of(401, 403, 404, 408, 409, 429);

    private TwilioErrors() {}

    /** For anything the SDK threw (an API answer, a connection failure) or a missing setting. */
    public static SendResult toResult(RuntimeException e) {
        if (e instanceof ApiException api) {
            return classify(api);
        }
        return SendResult.retryable(null, e.getClass().getSimpleName() + ": " + PhoneMask.maskNumbersIn(e.getMessage()));
    }

    static SendResult classify(ApiException e) {
        Integer http = e.getStatusCode();
        Integer code = e.getCode();
        String error = (http == null ? "Twilio call failed" : "HTTP " + http) + (code == null ? "" : " code " + code)
                + ": " + PhoneMask.maskNumbersIn(e.getMessage());
        boolean clientError = http != null && http >= 400 && http < 500;
        if (clientError && !RETRYABLE_HTTP.contains(http) && (code == null || !CONFIG_ERROR_CODES.contains(code))) {
            return SendResult.permanent(code, error);
        }
        return SendResult.retryable(code, error);
    }
}
