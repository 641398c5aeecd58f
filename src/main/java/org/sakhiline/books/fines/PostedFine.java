package org.sakhiline.books.fines;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;

/** A fine (or its reversal, negative) as posted; a replay carries the first post's values. */
public record PostedFine(long txnId, long memberId, long amountPaise, Long reversesTxnId, LocalDate valueDate,
                         @JsonIgnore boolean replayed) {

    static PostedFine of(FineTxn t, boolean replayed) {
        return new PostedFine(t.id, t.memberId, t.amountPaise, t.reversesTxnId, t.valueDate, replayed);
    }
}
