package org.sakhiline.books.fines;

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

/** One row of the append-only fine log: FINE &gt; 0, REVERSAL = minus the original. Never updated. */
@Entity
@Table(name = "fine_txn")
public class FineTxn extends PanacheEntityBase {

    /** FINE: paid at a meeting; REVERSAL points at the fine it cancels. */
    public enum Type { FINE, REVERSAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Type type;

    @Column(name = "amount_paise", nullable = false)
    public long amountPaise;

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

    @Column(length = 200)
    public String note;

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

    static Optional<FineTxn> findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }
}
