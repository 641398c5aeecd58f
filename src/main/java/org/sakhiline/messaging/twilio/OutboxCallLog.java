package org.sakhiline.messaging.twilio;

import java.time.Instant;

/**
 * Told of every call placed for a VOICE outbox row. Twilio's status callbacks name only the call SID,
 * so whoever serves them must know which row a call was for. The voice channel implements it; an
 * interface here because messaging never imports a channel.
 */
public interface OutboxCallLog {

    /** A failure here is logged by the sender, never retried: the call is already ringing. */
    void placed(PlacedCall call, long outboxId, Instant at);
}
