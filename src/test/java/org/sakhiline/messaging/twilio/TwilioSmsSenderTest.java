package org.sakhiline.messaging.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twilio.exception.ApiException;
import org.junit.jupiter.api.Test;
import org.sakhiline.messaging.SendResult;

class TwilioSmsSenderTest {

    private static ApiException error(int http, Integer code) {
        return new ApiException("error", code, null, http, null);
    }

    @Test
    void anInvalidNumberIsPermanent() {
        SendResult r = TwilioSmsSender.classify(error(400, 21211));
        assertFalse(r.accepted());
        assertTrue(r.permanent());
        assertEquals(21211, r.errorCode());
    }

    @Test
    void serverErrorsRateLimitsAndOurOwnConfigurationErrorsAreRetried() {
        assertFalse(TwilioSmsSender.classify(error(500, null)).permanent());
        assertFalse(TwilioSmsSender.classify(error(503, 20503)).permanent());
        assertFalse(TwilioSmsSender.classify(error(429, 20429)).permanent());
        assertFalse(TwilioSmsSender.classify(error(401, 20003)).permanent(), "bad credentials");
        assertFalse(TwilioSmsSender.classify(error(400, 21212)).permanent(), "bad From number");
        assertFalse(TwilioSmsSender.classify(new ApiException("unparseable body")).permanent(), "no status");
    }
}
