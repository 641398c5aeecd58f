package org.sakhiline.menu;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The port through which the menu reads the books. The books side implements it (menu/books); the engine
 * never imports books classes, and never writes through this port: changes are {@link Effect}s in the step.
 * Every method is one short query: a USSD hop has well under a second.
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

    /**
     * Judges a PIN entry against her stored PIN and the lockout rule (the books own both), writing nothing:
     * what the entry changes comes back in the judgement and the engine returns it as an effect. Inside a
     * transaction the implementation reads her PIN row with a lock held until commit, so the effect written
     * in that transaction cannot have been overtaken by a parallel session.
     */
    PinJudgement judgePin(long memberId, String pin, Instant now);

    /**
     * Empty when a one-time code may be sent to her now; else when the next may (her sends are used up).
     * Like {@link #judgePin}, inside a transaction the read holds her row's lock.
     */
    Optional<Instant> pinCodeRefusedUntil(long memberId, Instant now);

    /** Judges a one-time code she keyed against her live code, writing nothing (see {@link #judgePin}). */
    PinCodeJudgement judgePinCode(long memberId, String code, Instant now);

    // ---- meeting day (the bookkeeper's and the leader's screens): never a write, see MeetingActions ----

    /**
     * The meetings of her group she may record now (her group's meetings of today or the last days, not cancelled,
     * without a confirmed sheet), newest first, at most a handful.
     */
    List<RecordableMeetingView> recordableMeetings(long memberId, Instant now);

    /**
     * The sheet of a meeting as stored, or, before anyone has opened it, as opening it now would prefill it:
     * reading writes nothing (the first line she enters opens it). Empty when the meeting is not hers to record.
     */
    Optional<SheetScreenView> meetingSheet(long memberId, long meetingId, Instant now);

    /** The most one entry (savings, a repayment, a fine) may be, in paise: the books' per-entry limit. */
    long sheetEntryLimitPaise();

    /** Sheets of her group submitted and waiting for a checker, oldest meeting first. */
    List<WaitingSheetView> sheetsWaitingForConfirmation(long memberId);

    /** True when she made the sheet (entered or submitted anything in it): she may not also check it. */
    boolean madeSheet(long sheetId, long memberId);

    /**
     * Thrown by a read that may not run on the thread it was asked on (an I/O thread, where blocking is not allowed):
     * the channel answers the hop again on a worker. Only the meeting-day reads do this.
     */
    final class NeedsWorker extends RuntimeException {
        public NeedsWorker(String why) {
            super(why, null, false, false);
        }
    }

    /** A meeting she may record: its date, and its sheet's status (null when no sheet is open yet). */
    record RecordableMeetingView(long meetingId, LocalDate date, String sheetStatus) {}

    /**
     * A sheet for the member-by-member screens: {@code sheetId} 0 while it is not opened, {@code status} DRAFT,
     * SUBMITTED or CONFIRMED; lines in member-number order; cash counted when entered.
     */
    record SheetScreenView(long sheetId, long meetingId, LocalDate meetingDate, String status, List<SheetLineView> lines,
                           Long cashCountedPaise) {
        public SheetScreenView {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One member's line: {@code attendance} PRESENT, ABSENT or LEAVE, null while not entered; the amounts as
     * prefilled (or as entered), one repayment per open loan of hers.
     */
    record SheetLineView(long memberId, String memberNumber, String name, String nameNative, String attendance,
                         long savingsPaise, long finePaise, List<SheetLoanView> loans) {
        public SheetLineView {
            loans = List.copyOf(loans);
        }

        public long repaidPaise() {
            return loans.stream().mapToLong(SheetLoanView::amountPaise).sum();
        }

        /** What is left on all her loans: the most she can repay. */
        public long outstandingPaise() {
            return loans.stream().mapToLong(SheetLoanView::outstandingPaise).sum();
        }
    }

    /** One open loan on a line: what is left on it and the repayment on the sheet. */
    record SheetLoanView(long loanId, long outstandingPaise, long amountPaise) {}

    /** A submitted sheet as the leader is asked to confirm it. */
    record WaitingSheetView(long sheetId, LocalDate meetingDate, int present, long savedPaise, long repaidPaise,
                            long finesPaise) {}

    /**
     * Dues for the loan screen. {@code duePaise} is unpaid instalments due by the next meeting (0 when
     * nothing is due; then {@code dueDate} is null), {@code overduePaise} the part past due plus grace.
     */
    record LoanDuesView(long duePaise, LocalDate dueDate, long overduePaise) {}

    /** Local date and time of the meeting in its group's zone. */
    record MeetingView(LocalDate date, LocalTime time, String place, java.time.ZoneId zone) {}

    /** One savings transaction: signed amount (deposits positive), its value date and type name. */
    record TxnView(LocalDate date, long amountPaise, String type) {}

    /** What she is told after a PIN entry. */
    sealed interface PinVerdict {
        record Ok() implements PinVerdict {}

        record Wrong(int remainingTries) implements PinVerdict {}

        record Locked(Instant until) implements PinVerdict {}

        /** Locked until staff release it (the last step of the escalation). */
        record Held() implements PinVerdict {}

        record NotSet() implements PinVerdict {}
    }

    /**
     * The lockout counters a PIN row holds after an entry: wrong tries in a row, the end of a lock, the locks so
     * far (they escalate), held for staff, and the daily budget's window start and wrong tries in it.
     */
    record PinCounters(int failedAttempts, Instant lockedUntil, int lockLevel, boolean held, Instant windowStart,
                       int windowWrong) {}

    /**
     * A PIN entry judged: the verdict, and when {@code changesCounters} the counters the PIN row must hold after
     * it (a wrong try counted, a lock, or failures cleared by the right PIN).
     */
    record PinJudgement(PinVerdict verdict, boolean changesCounters, PinCounters after) {

        public static PinJudgement unchanged(PinVerdict verdict) {
            return new PinJudgement(verdict, false, null);
        }
    }

    /** What keying a one-time code did. */
    enum PinCodeVerdict { OK, WRONG, SPENT }

    /**
     * A one-time code entry judged: the verdict, tries left (WRONG), and when {@code changes} the wrong tries
     * and used-up state to record.
     */
    record PinCodeJudgement(PinCodeVerdict verdict, int remainingTries, boolean changes, int failedAttempts,
                            boolean spent) {}
}
