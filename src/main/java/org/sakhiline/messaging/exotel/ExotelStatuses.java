package org.sakhiline.messaging.exotel;

import java.util.Locale;

/** Exotel's SMS states in the outbox's vocabulary (Twilio's: queued, sending, sent, delivered, undelivered, failed). */
public final class ExotelStatuses {

    private ExotelStatuses() {}

    /**
     * queued → queued; sending and submitted → sending; sent → sent; delivered → delivered; undelivered and
     * expired → undelivered; failed, failed_dnd and anything else final → failed. Unknown words pass through
     * lower-cased (the outbox ignores states it does not rank).
     */
    public static String normalise(String exotelStatus) {
        String s = exotelStatus == null ? "" : exotelStatus.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return switch (s) {
            case "queued" -> "queued";
            case "sending", "submitted" -> "sending";
            case "sent" -> "sent";
            case "delivered" -> "delivered";
            case "undelivered", "expired" -> "undelivered";
            case "failed", "failed_dnd" -> "failed";
            default -> s;
        };
    }
}
