package org.sakhiline.books.savings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.sakhiline.books.members.MemberStatus;
import org.sakhiline.books.posting.AmountLimits;
import org.sakhiline.books.posting.ClientRequests;
import org.sakhiline.books.posting.IdempotentPost;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.posting.PostingLimits;
import org.sakhiline.support.problem.BusinessRuleException;
import org.sakhiline.support.problem.ConflictException;
import org.sakhiline.support.problem.NotFoundException;
import org.sakhiline.support.RetriedOnConflict;

/**
 * Posts savings movements to the append-only log and keeps the per-member balance cache in step.
 *
 * <p>Each post: lock the member's {@code savings_balance} row (created at 0 if absent), look the
 * idempotency key up (a repeat returns the first result, a reuse with other content is a conflict),
 * check the rule, insert the log row, update the cache — all in one transaction. A client's key is first
 * claimed for its request ({@link ClientRequests}), so a reuse with another request is refused before any
 * replay. Amounts are bounded per kind ({@link PostingLimits}); an exited member's books take no postings. The posting methods are
 * {@code SUPPORTS} so they can join a caller's transaction; without one, {@link IdempotentPost} owns the
 * transaction and turns a lost race on a unique key into a replay.
 */
@ApplicationScoped
@Transactional
@RetriedOnConflict
public class SavingsService {

    private static final Logger LOG = Logger.getLogger(SavingsService.class);

    private final PostingLimits limits;

    public SavingsService(PostingLimits limits) {
        this.limits = limits;
    }

    @Transactional(TxType.SUPPORTS)
    public PostedTxn deposit(long memberId, long amountPaise, PostingContext ctx) {
        return post(memberId, SavingsTxnType.DEPOSIT, amountPaise, ctx);
    }

    /** Refused with {@link BusinessRuleException#OVERDRAFT} when the balance would go below zero. */
    @Transactional(TxType.SUPPORTS)
    public PostedTxn withdraw(long memberId, long amountPaise, PostingContext ctx) {
        return post(memberId, SavingsTxnType.WITHDRAWAL, amountPaise, ctx);
    }

    /**
     * Posts the opposite of {@code originalTxnId}. At most one reversal per transaction (a second one is a
     * {@link ConflictException#ALREADY_REVERSED}); a reversal cannot be reversed, nor may it take the
     * balance below zero (both {@link BusinessRuleException}).
     */
    @Transactional(TxType.SUPPORTS)
    public PostedTxn reverse(long originalTxnId, PostingContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        return IdempotentPost.run(() -> {
            // Locking read: learning the member must not open the snapshot before the balance lock.
            List<?> owner = em().createNativeQuery("SELECT member_id FROM savings_txn WHERE id = ?1 LOCK IN SHARE MODE")
                    .setParameter(1, originalTxnId).getResultList();
            if (owner.isEmpty()) {
                throw new NotFoundException("savings transaction", originalTxnId);
            }
            long memberId = ((Number) owner.get(0)).longValue();
            LockedAccount account = lockBalance(memberId);
            long balance = account.balancePaise();
            SavingsTxn original = SavingsTxn.findById(originalTxnId);
            ClientRequests.claim(em(), ctx);
            Optional<SavingsTxn> earlier = SavingsTxn.findByIdempotencyKey(ctx.idempotencyKey());
            if (earlier.isPresent()) {
                return replay(earlier.get(), memberId, SavingsTxnType.REVERSAL, -original.amountPaise, originalTxnId);
            }
            requireOpen(account, memberId);
            if (original.type == SavingsTxnType.REVERSAL) {
                throw new BusinessRuleException(BusinessRuleException.REVERSAL_OF_REVERSAL,
                        "transaction " + originalTxnId + " is itself a reversal and cannot be reversed");
            }
            if (SavingsTxn.findReversalOf(originalTxnId).isPresent()) {
                throw new ConflictException(ConflictException.ALREADY_REVERSED,
                        "transaction " + originalTxnId + " has already been reversed");
            }
            long after = AmountLimits.add(balance, -original.amountPaise);
            if (after < 0) {
                throw new BusinessRuleException(BusinessRuleException.REVERSAL_OVERDRAFT,
                        "reversing transaction " + originalTxnId + " would take the balance below zero");
            }
            return insert(memberId, SavingsTxnType.REVERSAL, -original.amountPaise, after, originalTxnId, ctx);
        });
    }

    /** The cached balance (one primary-key read); 0 for a member with no savings yet. */
    @Transactional(TxType.SUPPORTS)
    public long balancePaise(long memberId) {
        List<Long> rows = em().createQuery("select b.balancePaise from SavingsBalance b where b.memberId = ?1", Long.class)
                .setParameter(1, memberId).getResultList();
        return rows.isEmpty() ? 0 : rows.get(0);
    }

    /** The member's newest {@code n} log rows, newest first (one range read on (member_id, id)). */
    @Transactional(TxType.SUPPORTS)
    public List<SavingsEntry> lastTransactions(long memberId, int n) {
        if (n <= 0) {
            return List.of();
        }
        return em().createQuery("select new org.sakhiline.books.savings.SavingsEntry(t.id, t.type, t.amountPaise,"
                        + " t.balanceAfterPaise, t.reversesTxnId, t.valueDate, t.channel, t.externalRef, t.createdAt)"
                        + " from SavingsTxn t where t.memberId = ?1 order by t.id desc", SavingsEntry.class)
                .setParameter(1, memberId).setMaxResults(Math.min(n, 500)).getResultList();
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<SavingsEntry> transaction(long txnId) {
        return SavingsTxn.<SavingsTxn>findByIdOptional(txnId).map(t -> new SavingsEntry(t.id, t.type, t.amountPaise,
                t.balanceAfterPaise, t.reversesTxnId, t.valueDate, t.channel, t.externalRef, t.createdAt));
    }

    private PostedTxn post(long memberId, SavingsTxnType type, long amountPaise, PostingContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        boolean deposit = type == SavingsTxnType.DEPOSIT;
        AmountLimits.check("amountPaise", deposit ? "a deposit" : "a withdrawal", amountPaise,
                deposit ? limits.maxDepositPaise() : limits.maxWithdrawalPaise());
        long signed = deposit ? amountPaise : -amountPaise;
        return IdempotentPost.run(() -> {
            LockedAccount account = lockBalance(memberId);
            long balance = account.balancePaise();
            ClientRequests.claim(em(), ctx);
            Optional<SavingsTxn> earlier = SavingsTxn.findByIdempotencyKey(ctx.idempotencyKey());
            if (earlier.isPresent()) {
                return replay(earlier.get(), memberId, type, signed, null);
            }
            requireOpen(account, memberId);
            long after = AmountLimits.add(balance, signed);
            if (after < 0) {
                throw new BusinessRuleException(BusinessRuleException.OVERDRAFT,
                        "withdrawal of " + amountPaise + " paise exceeds the balance of " + balance + " paise");
            }
            return insert(memberId, type, signed, after, null, ctx);
        });
    }

    /** The member's status (read under the same share lock) and her locked balance. */
    private record LockedAccount(String status, long balancePaise) {}

    /**
     * Makes sure the member's balance row exists and holds its write lock until commit; returns the
     * balance. The upsert takes the lock even when two first posts race (no gap-lock deadlock). The share
     * lock on the member row keeps her status as read until commit: an exit waits for the posting.
     */
    private LockedAccount lockBalance(long memberId) {
        List<?> member = em().createNativeQuery("SELECT status FROM member WHERE id = ?1 LOCK IN SHARE MODE")
                .setParameter(1, memberId).getResultList();
        if (member.isEmpty()) {
            throw new NotFoundException("member", memberId);
        }
        em().createNativeQuery("INSERT INTO savings_balance (member_id, balance_paise, last_txn_id, updated_at)"
                        + " VALUES (?1, 0, NULL, ?2) ON DUPLICATE KEY UPDATE member_id = member_id")
                .setParameter(1, memberId).setParameter(2, Instant.now()).executeUpdate();
        Number balance = (Number) em().createNativeQuery(
                        "SELECT balance_paise FROM savings_balance WHERE member_id = ?1 FOR UPDATE")
                .setParameter(1, memberId).getSingleResult();
        return new LockedAccount((String) member.get(0), balance.longValue());
    }

    /** Replays of what was posted before she left still answer; anything new is refused. */
    private static void requireOpen(LockedAccount account, long memberId) {
        if (MemberStatus.EXITED.name().equals(account.status())) {
            throw new BusinessRuleException(BusinessRuleException.MEMBER_EXITED,
                    "member " + memberId + " has exited her group; nothing more can be posted to her books");
        }
    }

    private PostedTxn insert(long memberId, SavingsTxnType type, long signedAmount, long balanceAfter, Long reverses,
                             PostingContext ctx) {
        SavingsTxn t = new SavingsTxn();
        t.memberId = memberId;
        t.type = type;
        t.amountPaise = signedAmount;
        t.balanceAfterPaise = balanceAfter;
        t.reversesTxnId = reverses;
        t.channel = ctx.channel();
        t.actor = ctx.actor();
        t.valueDate = ctx.valueDate();
        t.idempotencyKey = ctx.idempotencyKey();
        t.externalRef = ctx.externalRef();
        t.note = ctx.note();
        t.sheetId = ctx.sheetId();
        t.persistAndFlush();
        em().createNativeQuery("UPDATE savings_balance SET balance_paise = ?1, last_txn_id = ?2, updated_at = ?3"
                        + " WHERE member_id = ?4")
                .setParameter(1, balanceAfter).setParameter(2, t.id).setParameter(3, Instant.now())
                .setParameter(4, memberId).executeUpdate();
        LOG.debugf("posted savings %s %d paise for member %d as txn %d", type, signedAmount, memberId, t.id);
        return PostedTxn.of(t, false);
    }

    private static PostedTxn replay(SavingsTxn earlier, long memberId, SavingsTxnType type, long signedAmount,
                                    Long reverses) {
        boolean same = earlier.memberId == memberId && earlier.type == type && earlier.amountPaise == signedAmount
                && Objects.equals(earlier.reversesTxnId, reverses);
        if (!same) {
            throw ClientRequests.reused();
        }
        return PostedTxn.of(earlier, true);
    }

    private static EntityManager em() {
        return SavingsTxn.getEntityManager();
    }
}
