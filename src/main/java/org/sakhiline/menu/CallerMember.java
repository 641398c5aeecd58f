package org.sakhiline.menu;

import org.sakhiline.support.i18n.Languages;

/**
 * One member who may be holding the phone. {@code language} is the base code (hi, ur, ...), {@code roman}
 * says she reads it in Latin letters; {@code pinSet} decides whether the session starts by setting a PIN.
 */
public record CallerMember(long memberId, String name, String nameNative, String language, boolean roman, boolean pinSet) {

    /** The language tag texts are chosen by: {@code hi-Latn} for a Roman-script Hindi reader. */
    public String languageTag() {
        return Languages.tag(language, roman);
    }

    /** Her name as she reads it: in her own script unless she reads Latin letters. */
    public String displayName() {
        boolean latin = roman || "en".equals(language);
        return latin || nameNative == null || nameNative.isBlank() ? name : nameNative;
    }
}
