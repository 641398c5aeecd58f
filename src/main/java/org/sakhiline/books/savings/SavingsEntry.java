package org.sakhiline.books.savings;

import java.time.Instant;
import java.time.LocalDate;
import org.sakhiline.books.posting.Channel;

/** A savings log row as the menus and the API show it; {@code amountPaise} is signed. */
public record SavingsEntry(long txnId, SavingsTxnType type, long amountPaise, long balanceAfterPaise,
                           Long reversesTxnId, LocalDate valueDate, Channel channel, String externalRef,
                           Instant createdAt) {}
