package org.sakhiline.channel.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Collection;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import org.sakhiline.channel.sms.SmsLimitRule.Limit;

/**
 * The money limits of the SMS channel, kept in {@code sms_limit} so every instance sees the same counts: wrong
 * codes and PINs per mitra (STAFF) and per group (GROUP) lock money commands for a while; messages per sender
 * number (SENDER) are budgeted. Each counter is read with its row locked ({@code INSERT … ON DUPLICATE KEY
 * UPDATE} first, then {@code SELECT … FOR UPDATE}), so parallel messages queue on it and nobody gets extra
 * tries. Runs in the inbound message's transaction.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class MitraLimits {

    private static final Logger LOG = Logger.getLogger(MitraLimits.class);

    enum Kind { STAFF, GROUP, SENDER }

    @Inject
    EntityManager em;

    @Inject
    SmsConfig config;

    /** Counts one money-command message from {@code phone} and says whether to answer it. */
    public SmsLimitRule.Budget countMessage(String phone, Instant now) {
        Limit limit = new Limit(config.senderMaxMessages(), config.senderWindow(), config.senderWindow());
        SmsLimitRule.Counter after = SmsLimitRule.message(locked(Kind.SENDER, phone), limit, now);
        store(Kind.SENDER, phone, after);
        return SmsLimitRule.budget(after, limit);
    }

    /** The end of the lock on this mitra's money commands, or null. */
    public Instant staffLockedUntil(long staffId, Instant now) {
        return SmsLimitRule.lockedUntil(locked(Kind.STAFF, String.valueOf(staffId)), now);
    }

    /** The end of the lock on money commands for this group (whoever sends them), or null. */
    public Instant groupLockedUntil(long shgId, Instant now) {
        return SmsLimitRule.lockedUntil(locked(Kind.GROUP, String.valueOf(shgId)), now);
    }

    /**
     * Counts one wrong code or PIN against the mitra and against each group whose money it could have moved
     * (the groups of her pending requests). Returns the end of the lock this failure started on her or on any
     * of those groups, or null. A new lock also voids the pending requests under it, so a code seen by
     * whoever guessed cannot be used after the lock either.
     */
    public Instant fail(long staffId, Collection<Long> shgIds, Instant now) {
        Instant lock = failOne(Kind.STAFF, String.valueOf(staffId), staffLimit(), now);
        if (lock != null) {
            int voided = SmsConfirmation.expirePendingOfStaff(staffId, now);
            LOG.infof("SMS money commands of staff %d locked until %s after wrong codes or PINs (%d requests voided)",
                    staffId, lock, voided);
        }
        for (Long shg : new TreeSet<>(shgIds)) { // one order for every message: no deadlocks between groups
            Instant g = failOne(Kind.GROUP, String.valueOf(shg), groupLimit(), now);
            if (g != null) {
                int voided = SmsConfirmation.expirePendingOfGroup(shg, now);
                LOG.infof("SMS money commands for group %d locked until %s after wrong codes or PINs (%d requests voided)",
                        shg, g, voided);
                lock = lock == null || g.isAfter(lock) ? g : lock;
            }
        }
        return lock;
    }

    /** A right code and PIN: her own count starts afresh (a group's count does not: others may be guessing). */
    public void clearStaff(long staffId, Instant now) {
        SmsLimit row = row(Kind.STAFF, String.valueOf(staffId));
        if (SmsLimitRule.lockedUntil(row.counter(), now) == null) {
            row.set(SmsLimitRule.NONE);
        }
    }

    private Instant failOne(Kind kind, String subject, Limit limit, Instant now) {
        SmsLimitRule.Counter before = locked(kind, subject);
        SmsLimitRule.Counter after = SmsLimitRule.fail(before, limit, now);
        store(kind, subject, after);
        Instant lock = SmsLimitRule.lockedUntil(after, now);
        return lock != null && !lock.equals(before.lockedUntil()) ? lock : null;
    }

    private Limit staffLimit() {
        return new Limit(config.mitraMaxFailures(), config.failureWindow(), config.lockDuration());
    }

    private Limit groupLimit() {
        return new Limit(config.groupMaxFailures(), config.failureWindow(), config.lockDuration());
    }

    /** The counter with its row locked until commit (created empty when there is none yet). */
    private SmsLimitRule.Counter locked(Kind kind, String subject) {
        return row(kind, subject).counter();
    }

    private void store(Kind kind, String subject, SmsLimitRule.Counter c) {
        row(kind, subject).set(c);
    }

    private SmsLimit row(Kind kind, String subject) {
        String key = kind + ":" + subject;
        // Make sure the row exists without a gap lock (a locking read of a missing row would take one).
        em.createNativeQuery("INSERT INTO sms_limit (limit_key, events) VALUES (?1, 0) ON DUPLICATE KEY UPDATE events = events")
                .setParameter(1, key).executeUpdate();
        return em.find(SmsLimit.class, key, LockModeType.PESSIMISTIC_WRITE);
    }
}
