package org.sakhiline.reports.ratios;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/** Savings-group ratios (SEEP/SAVIX style) per line of a subtree for a period. */
@ApplicationScoped
public class GroupRatios {

    /** {@code from} and {@code to} both included. */
    public RatiosReport report(Long rootUnitId, LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("ratios land after the contract commit");
    }
}
