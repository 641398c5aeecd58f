package org.sakhiline.channel.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/** Rate limit for replies to unregistered phones: at most one per phone per interval, race-free. */
@ApplicationScoped
public class UnknownSenders {

    @Inject
    EntityManager em;

    /** Counts the message and returns true when this phone may get a reply now (then records it). */
    @Transactional(TxType.MANDATORY)
    public boolean mayReply(String phone, Instant now, Duration interval) {
        // The upsert takes the row lock first, so two messages racing from one phone are serialised.
        em.createNativeQuery("INSERT INTO sms_unknown_sender (phone, messages, first_seen_at, last_reply_at)"
                        + " VALUES (?1, 1, ?2, NULL) ON DUPLICATE KEY UPDATE messages = messages + 1")
                .setParameter(1, phone).setParameter(2, now).executeUpdate();
        int claimed = em.createNativeQuery("UPDATE sms_unknown_sender SET last_reply_at = ?1"
                        + " WHERE phone = ?2 AND (last_reply_at IS NULL OR last_reply_at <= ?3)")
                .setParameter(1, now).setParameter(2, phone).setParameter(3, now.minus(interval)).executeUpdate();
        return claimed == 1;
    }
}
