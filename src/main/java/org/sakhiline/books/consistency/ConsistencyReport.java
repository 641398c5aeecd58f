package org.sakhiline.books.consistency;

import java.time.Instant;
import java.util.List;

/**
 * Differences between the caches and the logs they summarise. Lists are capped at
 * {@link ConsistencyCheck#MAX_LISTED}; the counts are complete.
 */
public record ConsistencyReport(Instant checkedAt, boolean consistent, long balanceDifferenceCount,
                                List<BalanceDifference> balanceDifferences, long instalmentDifferenceCount,
                                List<InstalmentDifference> instalmentDifferences, long sheetDifferenceCount,
                                List<SheetDifference> sheetDifferences) {

    /** A member whose cached balance differs from SUM(savings_txn.amount_paise). */
    public record BalanceDifference(long memberId, long cachedPaise, long logPaise) {}

    /** An instalment whose paid caches differ from SUM(loan_allocation). */
    public record InstalmentDifference(long instalmentId, long loanId, int seq, long cachedPrincipalPaidPaise,
                                       long allocatedPrincipalPaise, long cachedChargePaidPaise,
                                       long allocatedChargePaise) {}

    /**
     * A meeting sheet whose lines and the ledger rows naming it disagree: for a CONFIRMED sheet the net savings,
     * fines or repayments posted with its id differ from its lines (corrections keep both in step); any other
     * sheet must have posted nothing. {@code kind}: savings, fines or repaid.
     */
    public record SheetDifference(long sheetId, String kind, long sheetPaise, long ledgerPaise) {}
}
