package org.sakhiline.reports.grading;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** Grades groups from their books; keeps the grade history and the current grade on the group's profile. */
@ApplicationScoped
public class PanchasutraGrading {

    /** The grade the books give on {@code asOf}, without keeping it. */
    public GradeCard compute(long shgId, LocalDate asOf) {
        throw new UnsupportedOperationException("grading lands after the contract commit");
    }

    /** Computes, appends to the history and sets the group's current grade; {@code actor} as in PostingContext. */
    public GradeCard regrade(long shgId, LocalDate asOf, String actor) {
        throw new UnsupportedOperationException("grading lands after the contract commit");
    }

    /** Regrades every group of the subtree (null: all); the nightly job runs it under a lease row. */
    public int regradeAll(Long rootUnitId, LocalDate asOf, String actor) {
        throw new UnsupportedOperationException("grading lands after the contract commit");
    }

    /** Newest first. */
    public List<GradeCard> history(long shgId) {
        throw new UnsupportedOperationException("grading lands after the contract commit");
    }

    /** The current card of each group under {@code rootUnitId} (null: all). */
    public GradingReport current(Long rootUnitId) {
        throw new UnsupportedOperationException("grading lands after the contract commit");
    }
}
