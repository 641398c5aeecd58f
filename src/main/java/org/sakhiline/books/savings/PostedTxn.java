package org.sakhiline.books.savings;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;

/**
 * The result of a savings post. A replay (same idempotency key) carries the first post's values and
 * {@code replayed = true}.
 * <p>{@code replayed} is left out of JSON: an API replay answers exactly like the first post and says
 * so in the {@code Idempotent-Replayed} header instead.
 *
 * @param amountPaise signed effect on the balance: deposit &gt; 0, withdrawal &lt; 0, reversal = −original
 */
public record PostedTxn(long txnId, long memberId, SavingsTxnType type, long amountPaise, long balanceAfterPaise,
                        Long reversesTxnId, LocalDate valueDate, @JsonIgnore boolean replayed) {

    static PostedTxn of(SavingsTxn t, boolean replayed) {
        return new PostedTxn(t.id, t.memberId, t.type, t.amountPaise, t.balanceAfterPaise, t.reversesTxnId,
                t.valueDate, replayed);
    }
}
