package org.sakhiline.messaging.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import org.junit.jupiter.api.Test;
import org.sakhiline.messaging.SendResult;

class TwilioErrorsTest {

    private static ApiException error(int http, Integer code) {
        return new ApiException("error", code, null, http, null);
    }

    @Test
    void anInvalidNumberIsPermanent() {
        SendResult r = TwilioErrors.classify(error(400, 21211));
        assertFalse(r.accepted());
        assertTrue(r.permanent());
        assertEquals(21211, r.errorCode());
    }

    @Test
    void serverErrorsRateLimitsAndOurOwnConfigurationErrorsAreRetried() {
        assertFalse(TwilioErrors.classify(error(500, null)).permanent());
        assertFalse(TwilioErrors.classify(error(503, 20503)).permanent());
        assertFalse(TwilioErrors.classify(error(429, 20429)).permanent());
        assertFalse(TwilioErrors.classify(error(401, 20003)).permanent(), "bad credentials");
        assertFalse(TwilioErrors.classify(error(400, 21212)).permanent(), "bad From number");
        assertFalse(TwilioErrors.classify(new ApiException("unparseable body")).permanent(), "no status");
    }

    @Test
    void everyNumberInAnApiErrorIsMasked() {
        SendResult r = TwilioErrors.toResult(new ApiException(
                "The number +919812345678 is unverified; tried +91 98123 45679 and 09812345670.", 21608, null, 400, null));
        assertEquals("HTTP 400 code 21608: The number +91********78 is unverified; tried +91********79 and 09*******70.",
                r.error());
        assertTrue(r.permanent());
        assertEquals(21608, r.errorCode());
    }

    @Test
    void aConnectionFailureIsRetriedAndMaskedToo() {
        SendResult r = TwilioErrors.toResult(new ApiConnectionException("Connection Error: no answer for +919812345678"));
        assertEquals("ApiConnectionException: Connection Error: no answer for +91********78", r.error());
        assertFalse(r.permanent());
        assertNull(r.errorCode());
        SendResult unset = TwilioErrors.toResult(new IllegalStateException("Twilio is not configured"));
        assertEquals("IllegalStateException: Twilio is not configured", unset.error());
        assertFalse(unset.permanent());
    }
}
