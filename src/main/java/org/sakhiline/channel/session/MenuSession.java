package org.sakhiline.channel.session;

import java.time.Instant;

/**
 * One menu conversation as stored between hops: the engine's state (JSON), how many inputs the
 * gateway's accumulated text held last hop (Africa's Talking; the text itself holds PINs and is never
 * stored) and any pages still to show for "00 More".
 */
public record MenuSession(
        String key,
        String channel,
        String phone,
        Long flowVersionId,
        String stateJson,
        Integer inputsSeen,
        String pagesJson,
        int hops,
        Status status,
        Instant createdAt,
        Instant expiresAt) {

    public enum Status { ACTIVE, ENDED, EXPIRED }

    public boolean isLiveAt(Instant now) {
        return status == Status.ACTIVE && now.isBefore(expiresAt);
    }
}
