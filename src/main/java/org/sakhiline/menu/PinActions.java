package org.sakhiline.menu;

import java.time.Duration;
import java.util.Map;

/**
 * The flow actions about her PIN. None writes: each asks for its change as an {@link Effect}. The rule they
 * keep: a PIN is set only when the session knows the phone is hers (the network named it, or she keyed a
 * one-time code sent to it) or she has just proven her old PIN; a claimed caller ID alone sets nothing.
 */
final class PinActions {

    private PinActions() {}

    /** Where a member without a PIN goes: set one now ({@code set}), or first prove the phone ({@code needs_code}). */
    static ActionSpec.Result firstPin(Hop hop) {
        return ActionSpec.Result.of(hop.isPhoneProven() ? "set" : "needs_code");
    }

    static ActionSpec.Result setPin(Hop hop) {
        String confirm = hop.input("pin2");
        boolean same = confirm != null && hop.matchesSealed("pin1", confirm);
        hop.forget("pin1");
        hop.forget("pin2");
        if (!hop.isPhoneProven() && !hop.isPinVerified()) {
            return ActionSpec.Result.of("not_allowed"); // a flow that routes a claimed caller here sets nothing
        }
        if (!same) {
            return ActionSpec.Result.of("mismatch");
        }
        hop.emit(new Effect.SetPin(hop.memberId(), confirm));
        hop.pinVerified();
        return ActionSpec.Result.of("ok");
    }

    static ActionSpec.Result verifyPin(Hop hop) {
        String pin = hop.input("pin");
        hop.forget("pin");
        if (pin == null) {
            return new ActionSpec.Result("wrong", Map.of("tries", 0L));
        }
        MenuBooks.PinJudgement judged = hop.books().judgePin(hop.memberId(), pin, hop.now());
        if (judged.changesCounters()) {
            hop.emit(new Effect.RecordPinEntry(hop.memberId(), judged.after()));
        }
        MenuBooks.PinVerdict verdict = judged.verdict();
        if (verdict instanceof MenuBooks.PinVerdict.Ok) {
            hop.pinVerified();
            return ActionSpec.Result.of("ok");
        }
        if (verdict instanceof MenuBooks.PinVerdict.Wrong w) {
            return new ActionSpec.Result("wrong", Map.of("tries", (long) w.remainingTries()));
        }
        if (verdict instanceof MenuBooks.PinVerdict.Locked l) {
            long seconds = Math.max(0, Duration.between(hop.now(), l.until()).getSeconds());
            return new ActionSpec.Result("locked", Map.of("minutes", Math.min(9999, Math.max(1, (seconds + 59) / 60))));
        }
        if (verdict instanceof MenuBooks.PinVerdict.Held) {
            return ActionSpec.Result.of("held");
        }
        return ActionSpec.Result.of("not_set");
    }

    /** Asks the books to send her a one-time code, unless her sends for the day are used up. */
    static ActionSpec.Result sendPinCode(Hop hop) {
        String phone = hop.codePhone();
        if (phone == null || hop.books().pinCodeRefusedUntil(hop.memberId(), hop.now()).isPresent()) {
            return ActionSpec.Result.of("limit");
        }
        hop.emit(new Effect.SendPinCode(hop.memberId(), phone, hop.language(), hop.now()));
        return ActionSpec.Result.of("sent");
    }

    /** Checks the code she keyed; the right one proves the phone is hers. */
    static ActionSpec.Result verifyPinCode(Hop hop) {
        String code = hop.input("code");
        hop.forget("code");
        if (code == null) {
            return ActionSpec.Result.of("spent");
        }
        MenuBooks.PinCodeJudgement judged = hop.books().judgePinCode(hop.memberId(), code, hop.now());
        if (judged.changes()) {
            hop.emit(new Effect.RecordPinCodeEntry(hop.memberId(), judged.verdict() == MenuBooks.PinCodeVerdict.OK,
                    judged.failedAttempts(), judged.spent()));
        }
        return switch (judged.verdict()) {
            case OK -> {
                hop.phoneProven();
                yield ActionSpec.Result.of("ok");
            }
            case WRONG -> new ActionSpec.Result("wrong", Map.of("tries", (long) judged.remainingTries()));
            case SPENT -> ActionSpec.Result.of("spent");
        };
    }
}
