package org.sakhiline.menu.books;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.books.pins.MemberPins;
import org.sakhiline.menu.Effect;
import org.sakhiline.support.i18n.Languages;

/**
 * Writes the effects of a step to the books. Mandatory transaction: a {@link Effect.RecordPinEntry} is only
 * right in the transaction whose PIN read took the member's row lock ({@link MenuBooksAdapter#judgePin}), so
 * the channel computes such a step and writes its effects in one transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MenuEffectWriter {

    private static final Logger LOG = Logger.getLogger(MenuEffectWriter.class);

    private final MemberPins pins;
    private final MemberDirectory directory;

    public MenuEffectWriter(MemberPins pins, MemberDirectory directory) {
        this.pins = pins;
        this.directory = directory;
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
                pins.record(entry.memberId(), entry.failedAttempts(), entry.lockedUntil());
            }
            LOG.debugf("member %d: %s", effect.memberId(), effect.describe());
        }
    }
}
