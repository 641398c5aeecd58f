package org.sakhiline.books.loans;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.sakhiline.books.posting.Channel;

/** Append-only repayment log row; a reversal has a negative amount and points at the original. */
@Entity
@Table(name = "loan_repayment")
public class LoanRepayment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "loan_id", nullable = false)
    public Long loanId;

    @Column(name = "amount_paise", nullable = false)
    public long amountPaise;

    @Column(name = "reverses_repayment_id")
    public Long reversesRepaymentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Channel channel;

    @Column(nullable = false, length = 80)
    public String actor;

    @Column(name = "value_date", nullable = false)
    public LocalDate valueDate;

    @Column(name = "idempotency_key", nullable = false, length = 200)
    public String idempotencyKey;

    @Column(name = "external_ref", length = 64)
    public String externalRef;

    /** The meeting sheet whose confirmation or correction posted this row; null otherwise. */
    @Column(name = "sheet_id")
    public Long sheetId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @PrePersist
    void stampCreation() {
        if (createdAt == null) {
            createdAt = Instant.now();
        }
    }

    public static Optional<LoanRepayment> findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }

    public static Optional<LoanRepayment> findReversalOf(long repaymentId) {
        return find("reversesRepaymentId", repaymentId).firstResultOptional();
    }

    /** Sum of the loan's repayment log up to and including {@code repaymentId} (uses (loan_id, id)). */
    public static long paidThrough(long loanId, long repaymentId) {
        Long sum = getEntityManager()
                .createQuery("select coalesce(sum(r.amountPaise), 0) from LoanRepayment r"
                        + " where r.loanId = ?1 and r.id <= ?2", Long.class)
                .setParameter(1, loanId).setParameter(2, repaymentId).getSingleResult();
        return sum;
    }
}
