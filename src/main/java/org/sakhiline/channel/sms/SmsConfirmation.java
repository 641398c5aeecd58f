package org.sakhiline.channel.sms;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A bank mitra's DEP/REP waiting for (or decided by) her YES/NO, and its UNDO. An UNDO is asked and confirmed
 * the same way: a row of its own ({@code undoOfId} = the confirmation it reverses) whose YES fills the
 * reversal columns of that confirmation.
 */
@Entity
@Table(name = "sms_confirmation")
public class SmsConfirmation extends PanacheEntityBase {

    public enum Kind { DEPOSIT, REPAYMENT }

    public enum Status { PENDING, CONFIRMED, CANCELLED, EXPIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 8)
    public String code;

    @Column(name = "staff_id", nullable = false)
    public Long staffId;

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Kind kind;

    @Column(name = "amount_paise", nullable = false)
    public long amountPaise;

    @Column(name = "loan_id")
    public Long loanId;

    @Column(name = "undo_of_id")
    public Long undoOfId;

    @Column(name = "bank_ref", length = 64)
    public String bankRef;

    @Column(name = "request_sid", nullable = false, length = 64)
    public String requestSid;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Status status;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "result_id")
    public Long resultId;

    @Column(name = "reversal_id")
    public Long reversalId;

    @Column(name = "reversed_at")
    public Instant reversedAt;

    @Column(name = "reversed_by_staff_id")
    public Long reversedByStaffId;

    /** The receipt number members and mitras see: the savings txn id, or "L" + the loan repayment id. */
    public String receipt() {
        return receipt(kind, resultId);
    }

    public static String receipt(Kind kind, Long resultId) {
        return resultId == null ? "" : (kind == Kind.REPAYMENT ? "L" : "") + resultId;
    }

    /** This mitra's newest row with the code, locked: codes are never looked up across mitras. */
    public static Optional<SmsConfirmation> latestForUpdate(long staffId, String code) {
        return find("staffId = ?1 and code = ?2 order by id desc", staffId, code)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Marks this mitra's pending requests whose time ran out as EXPIRED, so their codes are free again. */
    public static int expireStale(long staffId, Instant now) {
        return update("status = ?1 where staffId = ?2 and status = ?3 and expiresAt <= ?4", Status.EXPIRED, staffId,
                Status.PENDING, now);
    }

    public static boolean pendingCodeTaken(long staffId, String code) {
        return count("staffId = ?1 and code = ?2 and status = ?3", staffId, code, Status.PENDING) > 0;
    }

    public static Optional<SmsConfirmation> byResultForUpdate(Kind kind, long resultId) {
        return find("kind = ?1 and resultId = ?2 and undoOfId is null", kind, resultId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** SHG ids of this mitra's pending, unexpired requests: the groups a guess at her codes could touch. */
    public static List<Long> pendingGroups(long staffId, Instant now) {
        return getEntityManager().createQuery("select distinct m.shgId from SmsConfirmation c, Member m"
                        + " where m.id = c.memberId and c.staffId = ?1 and c.status = ?2 and c.expiresAt > ?3", Long.class)
                .setParameter(1, staffId).setParameter(2, Status.PENDING).setParameter(3, now).getResultList();
    }

    /** Voids this mitra's pending requests (a lock began): their codes can never be used. */
    public static int expirePendingOfStaff(long staffId, Instant now) {
        return update("status = ?1, decidedAt = ?2 where staffId = ?3 and status = ?4", Status.EXPIRED, now, staffId,
                Status.PENDING);
    }

    /** Voids every mitra's pending requests for members of this group (a lock on the group began). */
    public static int expirePendingOfGroup(long shgId, Instant now) {
        return update("status = ?1, decidedAt = ?2 where status = ?3 and memberId in (select m.id from Member m"
                + " where m.shgId = ?4)", Status.EXPIRED, now, Status.PENDING, shgId);
    }
}
