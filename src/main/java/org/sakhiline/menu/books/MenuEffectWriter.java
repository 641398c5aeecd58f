package org.sakhiline.menu.books;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.books.pins.MemberPinCodes;
import org.sakhiline.books.pins.MemberPins;
import org.sakhiline.books.pins.OneTimeCodeRule;
import org.sakhiline.books.pins.PinLockout;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.sheets.Attendance;
import org.sakhiline.books.sheets.LineEntry;
import org.sakhiline.books.sheets.MeetingSheets;
import org.sakhiline.books.sheets.SheetActor;
import org.sakhiline.menu.MenuBooks;
import org.sakhiline.messaging.Outbox;
import org.sakhiline.menu.Effect;
import org.sakhiline.support.i18n.Languages;

/**
 * Writes the effects of a step to the books. Mandatory transaction: a {@link Effect.RecordPinEntry} is only
 * right in the transaction whose PIN read took the member's row lock ({@link MenuBooksAdapter#judgePin}), so
 * the channel computes such a step and writes its effects in one transaction. A one-time code is made here,
 * stored as a hash and put in the outbox in her language in that same transaction. A meeting sheet's line, cash,
 * submission, confirmation or rejection is written through {@link MeetingSheets} as the member who acts, through
 * the channel she uses; the sheet itself is opened before that transaction ({@link #openSheets}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MenuEffectWriter {

    private static final Logger LOG = Logger.getLogger(MenuEffectWriter.class);

    private final MemberPins pins;
    private final MemberDirectory directory;
    private final MemberPinCodes codes;
    private final Outbox outbox;
    private final PinCodeMessages messages;
    private final MeetingSheets sheets;

    public MenuEffectWriter(MemberPins pins, MemberDirectory directory, MemberPinCodes codes, Outbox outbox,
                            PinCodeMessages messages, MeetingSheets sheets) {
        this.sheets = sheets;
        this.pins = pins;
        this.directory = directory;
        this.codes = codes;
        this.outbox = outbox;
        this.messages = messages;
    }

    /** The counters an effect carries, as the books store them (the hash is the books' own, kept as it is). */
    private static PinLockout.PinState state(MenuBooks.PinCounters c) {
        return new PinLockout.PinState(null, c.failedAttempts(), c.lockedUntil(), c.lockLevel(), c.held(),
                c.windowStart(), c.windowWrong());
    }

    /** Effects of a USSD step or an SMS (which asks for no sheet changes). */
    public void apply(List<Effect> effects) {
        apply(effects, Channel.USSD);
    }

    /**
     * Opens the sheets of the meetings these effects enter, each in its own committed transaction, before the
     * transaction that writes the step: that transaction's reads then see the sheet's lines. Idempotent; a sheet is
     * opened once, however many bookkeepers or retries ask.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void openSheets(List<Effect> effects, Channel channel) {
        Map<Long, Long> opened = new HashMap<>();
        for (Effect effect : effects) {
            Long meeting = meetingOf(effect);
            if (meeting != null && !opened.containsKey(meeting)) {
                opened.put(meeting, sheets.open(meeting, SheetActor.member(effect.memberId(), channel), at(effect)).sheetId());
            }
        }
    }

    private static Long meetingOf(Effect effect) {
        if (effect instanceof Effect.RecordSheetLine r) {
            return r.meetingId();
        }
        if (effect instanceof Effect.SetSheetCash c) {
            return c.meetingId();
        }
        return effect instanceof Effect.SubmitSheet s ? s.meetingId() : null;
    }

    private static java.time.Instant at(Effect effect) {
        if (effect instanceof Effect.RecordSheetLine r) {
            return r.at();
        }
        if (effect instanceof Effect.SetSheetCash c) {
            return c.at();
        }
        return ((Effect.SubmitSheet) effect).at();
    }

    /** Writes the effects of a step taken through {@code channel}, in the caller's transaction. */
    public void apply(List<Effect> effects, Channel channel) {
        Map<Long, Long> sheetOfMeeting = new HashMap<>();
        for (Effect effect : effects) {
            if (meetingOf(effect) != null || effect instanceof Effect.ConfirmSheet || effect instanceof Effect.RejectSheet) {
                applySheet(effect, SheetActor.member(effect.memberId(), channel), sheetOfMeeting);
                LOG.debugf("member %d: %s", effect.memberId(), effect.describe());
                continue;
            }
            if (effect instanceof Effect.SetPin set) {
                pins.setPin(set.memberId(), set.pin());
            } else if (effect instanceof Effect.SetLanguage language) {
                String tag = language.languageTag();
                directory.setLanguage(language.memberId(), Languages.base(tag),
                        Languages.roman(tag) ? ScriptVariant.ROMAN : ScriptVariant.NATIVE);
            } else if (effect instanceof Effect.RecordPinEntry entry) {
                pins.record(entry.memberId(), state(entry.after()));
            } else if (effect instanceof Effect.SendPinCode send) {
                String code = codes.issue(send.memberId(), send.at());
                outbox.enqueue(messages.pinCode(send.phone(), send.languageTag(), code,
                        OneTimeCodeRule.VALID_FOR.toMinutes()).withDedupeKey("pin-code:" + send.memberId() + ":"
                        + send.at().toEpochMilli()).forMember(send.memberId()));
            } else if (effect instanceof Effect.RecordPinCodeEntry entry) {
                codes.record(entry.memberId(), entry.failedAttempts(), entry.spent());
            }
            LOG.debugf("member %d: %s", effect.memberId(), effect.describe());
        }
    }

    private void applySheet(Effect effect, SheetActor actor, Map<Long, Long> sheetOfMeeting) {
        if (effect instanceof Effect.ConfirmSheet c) {
            sheets.confirm(c.sheetId(), actor, c.at());
            return;
        }
        if (effect instanceof Effect.RejectSheet r) {
            sheets.reject(r.sheetId(), r.reason(), actor);
            return;
        }
        long meeting = meetingOf(effect);
        // Opened before this transaction (openSheets); open again only finds it.
        long sheetId = sheetOfMeeting.computeIfAbsent(meeting, m -> sheets.open(m, actor, at(effect)).sheetId());
        if (effect instanceof Effect.RecordSheetLine r) {
            sheets.recordLine(sheetId, r.lineMemberId(), new LineEntry(Attendance.valueOf(r.attendance()), r.savingsPaise(),
                    r.finePaise(), r.repaymentsByLoan()), actor);
        } else if (effect instanceof Effect.SetSheetCash c) {
            sheets.setCashCounted(sheetId, c.cashPaise(), actor);
        } else {
            sheets.submit(sheetId, actor);
        }
    }
}
