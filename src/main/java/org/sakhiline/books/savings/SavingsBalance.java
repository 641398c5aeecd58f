package org.sakhiline.books.savings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Cache of a member's SUM(savings_txn.amount_paise), written in the same transaction as each post. */
@Entity
@Table(name = "savings_balance")
public class SavingsBalance extends PanacheEntityBase {

    @Id
    @Column(name = "member_id")
    public Long memberId;

    @Column(name = "balance_paise", nullable = false)
    public long balancePaise;

    @Column(name = "last_txn_id")
    public Long lastTxnId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
