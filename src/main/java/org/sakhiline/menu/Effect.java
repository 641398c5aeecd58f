package org.sakhiline.menu;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A change to the books that a step asks for. Engine actions never write: like goflow's events, what an
 * action does to the world comes back as data in the {@link Step}, and the channel decides where and when
 * to apply it (USSD: never on the I/O thread a hop starts on; always inside the transaction that judged a
 * PIN). {@link #describe()} is the stable form flow cases record beside each screen.
 */
public sealed interface Effect {

    long memberId();

    /** One short line naming the change, never the PIN itself: e.g. {@code set_language hi-Latn}. */
    String describe();

    /** Her new PIN (held only in memory for the hop that sets it; never stored in a session or logged). */
    record SetPin(long memberId, String pin) implements Effect {
        @Override
        public String describe() {
            return "set_pin";
        }

        @Override
        public String toString() {
            return "SetPin[memberId=" + memberId + ", pin=****]";
        }
    }

    /** Her language and script from now on, as a language tag ({@code hi}, {@code hi-Latn}, ...). */
    record SetLanguage(long memberId, String languageTag) implements Effect {
        @Override
        public String describe() {
            return "set_language " + languageTag;
        }
    }

    /**
     * The PIN counters one entry leaves: a wrong try counted (a lock, or a hold for staff, when it was the last),
     * or earlier failures cleared by the right PIN. Worked out by the books from a read that, inside a
     * transaction, holds her row's lock until this is written.
     */
    record RecordPinEntry(long memberId, MenuBooks.PinCounters after) implements Effect {
        @Override
        public String describe() {
            if (after.held()) {
                return "hold_pin";
            }
            if (after.lockedUntil() != null) {
                return "lock_pin until " + after.lockedUntil();
            }
            return after.failedAttempts() == 0 ? "clear_pin_failures" : "count_wrong_pin " + after.failedAttempts();
        }
    }

    /**
     * Send her a one-time code by SMS to {@code phone} (the number she calls from, one of hers), in her language:
     * the books make the code and keep only its hash; she keys it on the call to prove she holds the phone.
     */
    record SendPinCode(long memberId, String phone, String languageTag, Instant at) implements Effect {
        @Override
        public String describe() {
            return "send_pin_code";
        }
    }

    /** What keying a one-time code left: its wrong tries, and whether the code is now used up. */
    record RecordPinCodeEntry(long memberId, boolean accepted, int failedAttempts, boolean spent) implements Effect {
        @Override
        public String describe() {
            if (accepted) {
                return "use_pin_code";
            }
            return spent ? "void_pin_code" : "count_wrong_code " + failedAttempts;
        }
    }

    // ---- meeting day: memberId is the bookkeeper or leader who acts (the books record her as member:<id>, USSD) ----

    /**
     * One member's line of a meeting's sheet as the bookkeeper entered it: attendance (PRESENT, ABSENT), savings,
     * fine, and repayments by loan id. The writer opens the meeting's sheet first when nobody has (idempotent).
     */
    record RecordSheetLine(long memberId, long meetingId, long lineMemberId, String attendance, long savingsPaise,
                           long finePaise, Map<Long, Long> repaymentsByLoan, Instant at) implements Effect {
        public RecordSheetLine {
            repaymentsByLoan = Map.copyOf(repaymentsByLoan);
        }

        public long repaidPaise() {
            return repaymentsByLoan.values().stream().mapToLong(Long::longValue).sum();
        }

        @Override
        public String describe() {
            return "record_sheet_line " + lineMemberId + " " + attendance.toLowerCase(java.util.Locale.ROOT)
                    + " savings " + savingsPaise + " repaid " + new TreeMap<>(repaymentsByLoan) + " fine " + finePaise;
        }
    }

    /** The cash counted at the end of the meeting, in paise. */
    record SetSheetCash(long memberId, long meetingId, long cashPaise, Instant at) implements Effect {
        @Override
        public String describe() {
            return "set_sheet_cash " + cashPaise;
        }
    }

    /** The bookkeeper hands the sheet over for confirmation. */
    record SubmitSheet(long memberId, long meetingId, Instant at) implements Effect {
        @Override
        public String describe() {
            return "submit_sheet meeting " + meetingId;
        }
    }

    /** A leader (the checker) confirms a submitted sheet: the books post it, in the hop's transaction. */
    record ConfirmSheet(long memberId, long sheetId, Instant at) implements Effect {
        @Override
        public String describe() {
            return "confirm_sheet " + sheetId;
        }
    }

    /** A leader sends a submitted sheet back to draft, with a short reason. */
    record RejectSheet(long memberId, long sheetId, String reason) implements Effect {
        @Override
        public String describe() {
            return "reject_sheet " + sheetId + ": " + reason;
        }
    }
}
