package org.sakhiline.books.pins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import org.sakhiline.books.members.Member;
import org.sakhiline.books.pins.OneTimeCodeRule.CodeEntry;
import org.sakhiline.books.pins.OneTimeCodeRule.CodeState;
import org.sakhiline.support.Transactions;
import org.sakhiline.support.problem.NotFoundException;

/**
 * One-time codes that let a caller whose phone is only claimed (voice: caller ID can be forged) prove she holds
 * it before she sets a first PIN: the code goes by SMS to her registered number, she keys it on the call. Under
 * {@link OneTimeCodeRule}; split like {@link MemberPins} into judging (a plain read, or inside a transaction a
 * read under her member row's lock) and recording. Codes exist in clear only in the SMS; the row keeps a hash.
 */
@ApplicationScoped
@Transactional
public class MemberPinCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PinHasher hasher;

    public MemberPinCodes(PinHasher hasher) {
        this.hasher = hasher;
    }

    /** Empty when a code may be sent to her now, else when the next may. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> sendRefusedUntil(long memberId, Instant now) {
        return OneTimeCodeRule.sendRefusedUntil(state(memberId), now);
    }

    /**
     * A new code for her, replacing any live one; returned in clear once, for the SMS that carries it.
     *
     * @throws IllegalStateException when her sends are used up (the caller judged it first, under the same lock)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(long memberId, Instant now) {
        lockMember(memberId);
        MemberPinCode row = MemberPinCode.findById(memberId);
        CodeState before = row == null ? CodeState.NONE : row.state();
        if (OneTimeCodeRule.sendRefusedUntil(before, now).isPresent()) {
            throw new IllegalStateException("member " + memberId + " has had her one-time codes for today");
        }
        String code = String.format("%0" + OneTimeCodeRule.DIGITS + "d", RANDOM.nextInt(1_000_000));
        if (row == null) {
            row = new MemberPinCode();
            row.memberId = memberId;
            row.store(OneTimeCodeRule.afterSend(before, hasher.hashOneTimeCode(code), now));
            row.persist();
        } else {
            row.store(OneTimeCodeRule.afterSend(before, hasher.hashOneTimeCode(code), now));
        }
        return code;
    }

    /** What keying {@code code} would do, changing nothing (see {@link MemberPins#judge}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CodeEntry judge(long memberId, String code, Instant now) {
        CodeState s = state(memberId);
        return OneTimeCodeRule.judge(s, hasher.matchesOneTimeCode(code, s.hash()), now);
    }

    /** Stores what an entry left: its wrong tries, and the code gone when it was used up. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long memberId, int failedAttempts, boolean spent) {
        lockMember(memberId);
        MemberPinCode row = MemberPinCode.findById(memberId);
        if (row == null) {
            return;
        }
        row.failedAttempts = failedAttempts;
        if (spent) {
            row.codeHash = null;
            row.expiresAt = null;
        }
    }

    /** Staff reset: any live code is void and her sends start afresh. */
    public void clear(long memberId) {
        MemberPinCode row = MemberPinCode.findById(memberId);
        if (row != null) {
            row.store(CodeState.NONE);
        }
    }

    private CodeState state(long memberId) {
        if (Transactions.inTransaction()) {
            lockMember(memberId);
        }
        MemberPinCode row = MemberPinCode.findById(memberId);
        return row == null ? CodeState.NONE : row.state();
    }

    private static void lockMember(long memberId) {
        if (Member.getEntityManager().find(Member.class, memberId, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new NotFoundException("member", memberId);
        }
    }
}
