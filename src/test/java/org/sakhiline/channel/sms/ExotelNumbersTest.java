package org.sakhiline.channel.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Exotel writes the sender's number in several ways; each becomes the E.164 number members are stored under. */
class ExotelNumbersTest {

    @Test
    void everyWayOfWritingAnIndianMobileReadsTheSame() {
        for (String from : new String[] {"09812345678", "9812345678", "919812345678", "+919812345678", "+91 98123 45678"}) {
            assertEquals(Optional.of("+919812345678"), ExotelSmsResource.indianNumber(from), from);
        }
        assertTrue(ExotelSmsResource.indianNumber("not a number").isEmpty());
        assertTrue(ExotelSmsResource.indianNumber("12").isEmpty());
    }
}
