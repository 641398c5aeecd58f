package org.sakhiline.books.savings;

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

/**
 * One row of the append-only savings log. {@code amountPaise} is the signed effect on the balance
 * (DEPOSIT &gt; 0, WITHDRAWAL &lt; 0, REVERSAL = minus the original). Never updated after insert.
 */
@Entity
@Table(name = "savings_txn")
public class SavingsTxn extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public SavingsTxnType type;

    @Column(name = "amount_paise", nullable = false)
    public long amountPaise;

    @Column(name = "balance_after_paise", nullable = false)
    public long balanceAfterPaise;

    @Column(name = "reverses_txn_id")
    public Long reversesTxnId;

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

    @Column(length = 200)
    public String note;

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

    public static Optional<SavingsTxn> findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }

    public static Optional<SavingsTxn> findReversalOf(long txnId) {
        return find("reversesTxnId", txnId).firstResultOptional();
    }
}
