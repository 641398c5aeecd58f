package org.sakhiline.books.loans;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

/** One scheduled instalment; the *_paid fields cache SUM(loan_allocation) for it. */
@Entity
@Table(name = "loan_instalment")
public class LoanInstalment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "loan_id", nullable = false)
    public Long loanId;

    @Column(nullable = false)
    public int seq;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "principal_due_paise", nullable = false)
    public long principalDuePaise;

    @Column(name = "charge_due_paise", nullable = false)
    public long chargeDuePaise;

    @Column(name = "principal_paid_paise", nullable = false)
    public long principalPaidPaise;

    @Column(name = "charge_paid_paise", nullable = false)
    public long chargePaidPaise;

    public long unpaidPaise() {
        return principalDuePaise - principalPaidPaise + chargeDuePaise - chargePaidPaise;
    }

    public static List<LoanInstalment> scheduleOf(long loanId) {
        return list("loanId = ?1 order by seq", loanId);
    }
}
