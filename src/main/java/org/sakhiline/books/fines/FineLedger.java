package org.sakhiline.books.fines;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * Fines members pay at meetings: an append-only log like the savings log, with the same idempotency,
 * the same refusal of an exited member's postings, and reversals instead of edits. A fine is the
 * group's income, not her savings, so it has no balance of its own.
 */
@ApplicationScoped
@Transactional
@RetriedOnConflict
public class FineLedger {

    private final PostingLimits limits;

    public FineLedger(PostingLimits limits) {
        this.limits = limits;
    }

    @Transactional(TxType.SUPPORTS)
    public PostedFine post(long memberId, long amountPaise, PostingContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        AmountLimits.check("amountPaise", "a fine", amountPaise, limits.maxDepositPaise());
        return IdempotentPost.run(() -> {
            String status = lockMember(memberId);
            ClientRequests.claim(em(), ctx);
            Optional<FineTxn> earlier = FineTxn.findByIdempotencyKey(ctx.idempotencyKey());
            if (earlier.isPresent()) {
                return replay(earlier.get(), memberId, amountPaise, null);
            }
            requireOpen(status, memberId);
            return insert(memberId, FineTxn.Type.FINE, amountPaise, null, ctx);
        });
    }

    /** Posts the opposite of a fine; at most one reversal per fine, a reversal is never reversed. */
    @Transactional(TxType.SUPPORTS)
    public PostedFine reverse(long fineTxnId, PostingContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        return IdempotentPost.run(() -> {
            FineTxn original = FineTxn.findById(fineTxnId);
            if (original == null) {
                throw new NotFoundException("fine", fineTxnId);
            }
            String status = lockMember(original.memberId);
            ClientRequests.claim(em(), ctx);
            Optional<FineTxn> earlier = FineTxn.findByIdempotencyKey(ctx.idempotencyKey());
            if (earlier.isPresent()) {
                return replay(earlier.get(), original.memberId, -original.amountPaise, fineTxnId);
            }
            requireOpen(status, original.memberId);
            if (original.type == FineTxn.Type.REVERSAL) {
                throw new BusinessRuleException(BusinessRuleException.REVERSAL_OF_REVERSAL,
                        "fine " + fineTxnId + " is itself a reversal and cannot be reversed");
            }
            if (FineTxn.count("reversesTxnId", fineTxnId) > 0) {
                throw new ConflictException(ConflictException.ALREADY_REVERSED, "fine " + fineTxnId + " has already been reversed");
            }
            return insert(original.memberId, FineTxn.Type.REVERSAL, -original.amountPaise, fineTxnId, ctx);
        });
    }

    /** Her fines, net of reversals. */
    @Transactional(TxType.SUPPORTS)
    public long totalPaise(long memberId) {
        return em().createQuery("select coalesce(sum(f.amountPaise), 0) from FineTxn f where f.memberId = ?1", Long.class)
                .setParameter(1, memberId).getSingleResult();
    }

    /** Her status, share-locked until commit so an exit waits for the posting in flight. */
    private static String lockMember(long memberId) {
        List<?> rows = em().createNativeQuery("SELECT status FROM member WHERE id = ?1 LOCK IN SHARE MODE")
                .setParameter(1, memberId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("member", memberId);
        }
        return (String) rows.get(0);
    }

    private static void requireOpen(String status, long memberId) {
        if (MemberStatus.EXITED.name().equals(status)) {
            throw new BusinessRuleException(BusinessRuleException.MEMBER_EXITED,
                    "member " + memberId + " has exited her group; nothing more can be posted to her books");
        }
    }

    private static PostedFine insert(long memberId, FineTxn.Type type, long signed, Long reverses, PostingContext ctx) {
        FineTxn t = new FineTxn();
        t.memberId = memberId;
        t.type = type;
        t.amountPaise = signed;
        t.reversesTxnId = reverses;
        t.channel = ctx.channel();
        t.actor = ctx.actor();
        t.valueDate = ctx.valueDate();
        t.idempotencyKey = ctx.idempotencyKey();
        t.note = ctx.note();
        t.sheetId = ctx.sheetId();
        t.persistAndFlush();
        return PostedFine.of(t, false);
    }

    private static PostedFine replay(FineTxn earlier, long memberId, long signed, Long reverses) {
        if (earlier.memberId != memberId || earlier.amountPaise != signed || !Objects.equals(earlier.reversesTxnId, reverses)) {
            throw ClientRequests.reused();
        }
        return PostedFine.of(earlier, true);
    }

    private static EntityManager em() {
        return FineTxn.getEntityManager();
    }
}
