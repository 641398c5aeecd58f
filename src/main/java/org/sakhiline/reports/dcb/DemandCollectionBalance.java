package org.sakhiline.reports.dcb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import org.sakhiline.reports.ReportTree;

/** Demand–collection–balance per SHG, VO and federation, per fund source, for a month or any period. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DemandCollectionBalance {

    private final EntityManager em;

    public DemandCollectionBalance(EntityManager em) {
        this.em = em;
    }

    public DcbReport month(Long rootUnitId, YearMonth month) {
        return period(rootUnitId, month.atDay(1), month.atEndOfMonth());
    }

    /** {@code from} and {@code to} both included. */
    public DcbReport period(Long rootUnitId, LocalDate from, LocalDate to) {
        ReportTree tree = ReportTree.load(em, rootUnitId);
        throw new UnsupportedOperationException("DCB lands after the contract commit for " + tree.root().code());
    }
}
