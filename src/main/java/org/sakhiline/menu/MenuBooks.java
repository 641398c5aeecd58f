package org.sakhiline.menu;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The port through which the menu reads and changes the books. The ledger side implements it (an
 * adapter in the ledger or channel wiring); the menu never imports ledger classes. Every method is
 * one short query or command: a USSD hop has well under a second.
 */
public interface MenuBooks {

    /** Active members registered on this phone (E.164), in a stable order (e.g. member id). */
    List<CallerMember> membersForPhone(String phone);

    /** Current savings balance in paise. */
    long balancePaise(long memberId);

    /**
     * What she owes as of the group's local date at {@code now}: the adapter knows the group's time zone.
     * Empty when she has no active loan.
     */
    Optional<LoanDuesView> loanDues(long memberId, Instant now);

    /** The next scheduled meeting of her group at or after {@code now}; empty when none is scheduled. */
    Optional<MeetingView> nextMeeting(long memberId, Instant now);

    /** Her last {@code n} savings transactions, newest first. */
    List<TxnView> lastTransactions(long memberId, int n);

    /** Checks a PIN, counting failures and locking after repeated ones (the ledger owns the policy). */
    PinCheck verifyPin(long memberId, String pin, Instant now);

    /** Stores a new PIN (hashed by the implementation) and clears failures and locks. */
    void setPin(long memberId, String pin);

    /** Saves her language choice ({@code lang} is the base code: hi, ur, ...). */
    void setLanguage(long memberId, String lang, Script script);

    /**
     * Dues for the loan screen. {@code duePaise} is unpaid instalments due by the next meeting (0 when
     * nothing is due; then {@code dueDate} is null), {@code overduePaise} the part past due plus grace.
     */
    record LoanDuesView(long duePaise, LocalDate dueDate, long overduePaise) {}

    /** Local date and time of the meeting in its group's zone. */
    record MeetingView(LocalDate date, LocalTime time, String place, java.time.ZoneId zone) {}

    /** One savings transaction: signed amount (deposits positive), its value date and type name. */
    record TxnView(LocalDate date, long amountPaise, String type) {}

    /** Result of a PIN check. */
    sealed interface PinCheck {
        record Ok() implements PinCheck {}

        record Wrong(int remainingTries) implements PinCheck {}

        record Locked(Instant until) implements PinCheck {}

        record NotSet() implements PinCheck {}
    }
}
