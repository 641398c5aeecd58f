package org.sakhiline.channel.session;

import java.time.Instant;

/**
 * One menu conversation as stored between hops: the engine's state (JSON), how many inputs the
 * gateway's accumulated text held last hop (Africa's Talking; the text itself holds PINs and is never
 * stored) and any pages still to show for "00 More".
 *
 * <p>{@code answeredMark} and {@code answer}: the last hop answered and what it was told (a USSD screen as
 * Africa's Talking takes it, "CON …" or "END …"), so a gateway that repeats that hop gets the same screen from
 * any instance; null where the channel does not replay (voice) or the session has been reset.
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
        Instant expiresAt,
        String answeredMark,
        String answer) {

    public enum Status { ACTIVE, ENDED, EXPIRED }

    /** A session that keeps no answer to replay. */
    public MenuSession(String key, String channel, String phone, Long flowVersionId, String stateJson, Integer inputsSeen,
                       String pagesJson, int hops, Status status, Instant createdAt, Instant expiresAt) {
        this(key, channel, phone, flowVersionId, stateJson, inputsSeen, pagesJson, hops, status, createdAt, expiresAt,
                null, null);
    }

    public boolean isLiveAt(Instant now) {
        return status == Status.ACTIVE && now.isBefore(expiresAt);
    }

    /** This session as it was answered for {@code mark}; the answer is what a repeat of that hop gets. */
    public MenuSession answered(String mark, String wireAnswer) {
        return new MenuSession(key, channel, phone, flowVersionId, stateJson, inputsSeen, pagesJson, hops, status,
                createdAt, expiresAt, mark, wireAnswer);
    }
}
