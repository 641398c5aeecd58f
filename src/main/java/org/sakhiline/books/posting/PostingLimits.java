package org.sakhiline.books.posting;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

/**
 * The largest amount one posting may carry, per kind ({@code sakhiline.posting.*}, in paise), on every
 * channel. Set them to the federation's own policy; the defaults only stop what no SHG member ever posts.
 * No setting may pass {@link AmountLimits#HARD_CAP}: with it every sum the books compute stays far from
 * overflow (see {@link AmountLimits}).
 */
@ConfigMapping(prefix = "sakhiline.posting")
public interface PostingLimits {

    /** Rs 20,00,000. */
    @WithDefault("200000000")
    @Positive
    @Max(AmountLimits.HARD_CAP)
    long maxDepositPaise();

    @WithDefault("200000000")
    @Positive
    @Max(AmountLimits.HARD_CAP)
    long maxWithdrawalPaise();

    @WithDefault("200000000")
    @Positive
    @Max(AmountLimits.HARD_CAP)
    long maxRepaymentPaise();

    /** Rs 50,00,000. */
    @WithDefault("500000000")
    @Positive
    @Max(AmountLimits.HARD_CAP)
    long maxLoanPrincipalPaise();
}
