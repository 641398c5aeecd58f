package org.sakhiline.books.sheets;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.sakhiline.books.posting.AmountLimits;

/** Meeting sheet settings ({@code sakhiline.sheets.*}). */
@ConfigMapping(prefix = "sakhiline.sheets")
public interface SheetsConfig {

    /** How far back a held meeting may still be recorded, in days before today (in the group's zone). */
    @WithDefault("14")
    @Positive
    int recentDays();

    /** The largest amount one entry (savings, fine, one repayment) may carry; Rs 50,000. */
    @WithDefault("5000000")
    @Positive
    @Max(AmountLimits.HARD_CAP)
    long maxEntryPaise();

    /** How long after a confirmation a member's WRONG reply still flags the sheet. */
    @WithDefault("7")
    @Positive
    int wrongDays();
}
