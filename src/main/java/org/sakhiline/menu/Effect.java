package org.sakhiline.menu;

import java.time.Instant;

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
}
