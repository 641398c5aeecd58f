package org.sakhiline.books.loans;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** The part of one repayment (or its reversal, negative) that went to one instalment. */
@Entity
@Table(name = "loan_allocation")
public class LoanAllocation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "repayment_id", nullable = false)
    public Long repaymentId;

    @Column(name = "instalment_id", nullable = false)
    public Long instalmentId;

    @Column(name = "charge_paise", nullable = false)
    public long chargePaise;

    @Column(name = "principal_paise", nullable = false)
    public long principalPaise;

    public static List<LoanAllocation> ofRepayment(long repaymentId) {
        return list("repaymentId = ?1 order by id", repaymentId);
    }
}
