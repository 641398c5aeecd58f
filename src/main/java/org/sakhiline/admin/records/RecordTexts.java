package org.sakhiline.admin.records;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;

/**
 * The record pages' texts that Java composes (notices, rule and loan descriptions, schedules), in the
 * signed-in user's console language: the same {@code rec} bundle the templates read.
 */
@RequestScoped
public class RecordTexts {

    /** The bundle in the reader's language. */
    public RecordMessages rec() {
        String language = language();
        return "en".equals(language) ? MessageBundles.get(RecordMessages.class)
                : MessageBundles.get(RecordMessages.class, Localized.Literal.of(language));
    }

    public Locale locale() {
        return Locale.forLanguageTag(language());
    }

    private String language() {
        return "en";
    }
}
