package org.sakhiline.reminders;

import org.sakhiline.books.loans.LoanDues;

/** An unpaid (or partly paid) instalment of an active loan, with the member it may be reminded to. */
public record UnpaidInstalment(ReminderRecipient member, long instalmentId, LoanDues.Unpaid unpaid) {}
