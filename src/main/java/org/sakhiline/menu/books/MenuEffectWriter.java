package org.sakhiline.menu.books;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.books.pins.MemberPinCodes;
import org.sakhiline.books.pins.MemberPins;
import org.sakhiline.books.pins.OneTimeCodeRule;
import org.sakhiline.books.pins.PinLockout;
import org.sakhiline.menu.MenuBooks;
import org.sakhiline.messaging.Outbox;
import org.sakhiline.menu.Effect;
import org.sakhiline.support.i18n.Languages;

/**
 * Writes the effects of a step to the books. Mandatory transaction: a {@link Effect.RecordPinEntry} is only
 * right in the transaction whose PIN read took the member's row lock ({@link MenuBooksAdapter#judgePin}), so
 * the channel computes such a step and writes its effects in one transaction. A one-time code is made here,
 * stored as a hash and put in the outbox in her language in that same transaction.
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

    public MenuEffectWriter(MemberPins pins, MemberDirectory directory, MemberPinCodes codes, Outbox outbox,
                            PinCodeMessages messages) {
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

    public void apply(List<Effect> effects) {
        for (Effect effect : effects) {
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
}
