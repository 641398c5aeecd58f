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
import java.util.List;
import java.util.Optional;
import org.sakhiline.books.posting.Channel;

/** A loan to a member; its terms are fixed at disbursal, only {@code status} changes afterwards. */
@Entity
@Table(name = "loan")
public class Loan extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "fund_source", nullable = false, length = 16)
    public FundSource fundSource;

    @Column(name = "principal_paise", nullable = false)
    public long principalPaise;

    @Enumerated(EnumType.STRING)
    @Column(name = "charge_method", nullable = false, length = 10)
    public ChargeMethod chargeMethod;

    @Column(name = "rate_bp", nullable = false)
    public int rateBp;

    @Enumerated(EnumType.STRING)
    @Column(name = "rate_period", nullable = false, length = 6)
    public RatePeriod ratePeriod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public LoanFrequency frequency;

    @Column(name = "instalment_count", nullable = false)
    public int instalmentCount;

    @Column(name = "disbursal_date", nullable = false)
    public LocalDate disbursalDate;

    @Column(name = "first_due_date", nullable = false)
    public LocalDate firstDueDate;

    @Column(name = "grace_days", nullable = false)
    public int graceDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public LoanStatus status;

    /** Who disbursed it and through which channel; null on loans recorded before the ledger kept it. */
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public Channel channel;

    @Column(length = 80)
    public String actor;

    @Column(name = "idempotency_key", nullable = false, length = 200)
    public String idempotencyKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @PrePersist
    void stampCreation() {
        if (createdAt == null) {
            createdAt = Instant.now();
        }
    }

    public static Optional<Loan> findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }

    public static List<Loan> activeOf(long memberId) {
        return list("memberId = ?1 and status = ?2 order by id", memberId, LoanStatus.ACTIVE);
    }
}
