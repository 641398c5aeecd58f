package org.sakhiline.reports.par;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.sakhiline.reports.Figures;

/**
 * Portfolio at risk of a line on a date. PARn = outstanding principal of loans with any instalment more
 * than n days overdue (past due date plus the loan's grace days), so PAR90 ≤ PAR60 ≤ PAR30 ≤ outstanding.
 *
 * @param loans          loans with principal outstanding on the date
 * @param loansAtRisk30  of those, loans more than 30 days overdue
 * @param overduePaise   unpaid principal and charge of instalments past due date plus grace
 */
public record ParFigures(long outstandingPaise, long par30Paise, long par60Paise, long par90Paise, long overduePaise,
                         int loans, int loansAtRisk30) implements Figures<ParFigures> {

    public static final ParFigures ZERO = new ParFigures(0, 0, 0, 0, 0, 0, 0);

    @Override
    public ParFigures plus(ParFigures o) {
        return new ParFigures(outstandingPaise + o.outstandingPaise, par30Paise + o.par30Paise, par60Paise + o.par60Paise,
                par90Paise + o.par90Paise, overduePaise + o.overduePaise, loans + o.loans, loansAtRisk30 + o.loansAtRisk30);
    }

    /** PAR30 as a share of outstanding principal, in basis points (10,000 = 100%). */
    @JsonProperty
    public int par30Bp() {
        return Figures.basisPoints(par30Paise, outstandingPaise);
    }

    @JsonProperty
    public int par60Bp() {
        return Figures.basisPoints(par60Paise, outstandingPaise);
    }

    @JsonProperty
    public int par90Bp() {
        return Figures.basisPoints(par90Paise, outstandingPaise);
    }
}
