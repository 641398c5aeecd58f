package org.sakhiline.reports.dcb;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.sakhiline.reports.Figures;

/**
 * Demand–collection–balance of a line for a period (all amounts principal plus service charge, in paise).
 * Demand = arrears at the start + instalments falling due in the period − what was paid ahead for those
 * instalments before the period began. Balance = demand − collection against demand = everything due by
 * the period's end and still unpaid at its end; overdue at the end is the part of it past due date plus
 * grace, so overdue ≤ balance.
 */
public record DcbFigures(long arrearsAtStartPaise, long dueInPeriodPaise, long paidAheadBeforePaise,
                         long collectedAgainstDemandPaise, long collectedAdvancePaise, long overdueAtEndPaise)
        implements Figures<DcbFigures> {

    public static final DcbFigures ZERO = new DcbFigures(0, 0, 0, 0, 0, 0);

    @Override
    public DcbFigures plus(DcbFigures o) {
        return new DcbFigures(arrearsAtStartPaise + o.arrearsAtStartPaise, dueInPeriodPaise + o.dueInPeriodPaise,
                paidAheadBeforePaise + o.paidAheadBeforePaise, collectedAgainstDemandPaise + o.collectedAgainstDemandPaise,
                collectedAdvancePaise + o.collectedAdvancePaise, overdueAtEndPaise + o.overdueAtEndPaise);
    }

    @JsonProperty
    public long demandPaise() {
        return arrearsAtStartPaise + dueInPeriodPaise - paidAheadBeforePaise;
    }

    /** Everything value-dated in the period: against demand plus advance (equals the repayments posted for it). */
    @JsonProperty
    public long collectedPaise() {
        return collectedAgainstDemandPaise + collectedAdvancePaise;
    }

    @JsonProperty
    public long balancePaise() {
        return demandPaise() - collectedAgainstDemandPaise;
    }

    /** Collection against demand as a share of demand, in basis points (10,000 = 100%). */
    @JsonProperty
    public int collectionRateBp() {
        return Figures.basisPoints(collectedAgainstDemandPaise, demandPaise());
    }
}
