package org.sakhiline.messaging.exotel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sakhiline.messaging.SendResult;

/** Exotel's documented answers and states, read the way the outbox needs them. */
class ExotelSmsSenderTest {

    @Test
    void anAcceptedMessageGivesItsSidAndStatus() {
        SendResult r = ExotelSmsSender.result(200, "{\"SMSMessage\": {\"Sid\": \"0f477d60517e6e6a0f6d9a7e9af8630e\","
                + " \"Status\": \"queued\", \"To\": \"+919812345678\"}}");
        assertTrue(r.accepted());
        assertEquals("0f477d60517e6e6a0f6d9a7e9af8630e", r.providerId());
        assertEquals("queued", r.providerStatus());
    }

    @Test
    void failuresAreRetriedOnlyWhenATryLaterCanSucceed() {
        SendResult bad = ExotelSmsSender.result(400, "{\"RestException\": {\"Status\": 400, \"Message\": \"Invalid To\"}}");
        assertTrue(bad.permanent());
        assertTrue(bad.error().contains("Invalid To"));
        for (int status : new int[] {401, 403, 429, 500, 502, 503}) {
            SendResult r = ExotelSmsSender.result(status, "<html>oops</html>");
            assertFalse(r.accepted());
            assertFalse(r.permanent(), "HTTP " + status);
        }
        assertFalse(ExotelSmsSender.result(200, "{}").accepted(), "no Sid, no acceptance");
        assertFalse(ExotelSmsSender.result(200, "{}").permanent());
    }

    @Test
    void exotelStatesMapOntoTheOutboxVocabulary() {
        assertEquals("queued", ExotelStatuses.normalise("queued"));
        assertEquals("sending", ExotelStatuses.normalise("submitted"));
        assertEquals("sent", ExotelStatuses.normalise("sent"));
        assertEquals("delivered", ExotelStatuses.normalise("Delivered"));
        assertEquals("undelivered", ExotelStatuses.normalise("expired"));
        assertEquals("failed", ExotelStatuses.normalise("failed-dnd"));
        assertEquals("failed", ExotelStatuses.normalise("failed_dnd"));
    }
}
