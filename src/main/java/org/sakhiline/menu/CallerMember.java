package org.sakhiline.menu;

import org.sakhiline.support.i18n.Languages;

/**
 * One member who may be holding the phone. {@code language} is the base code (hi, ur, ...), {@code roman}
 * says she reads it in Latin letters; {@code pinSet} decides whether the session starts by setting a PIN;
 * {@code role} is her role in her group as the books name it (MEMBER, LEADER, BOOKKEEPER), which decides the
 * options she sees (an option's {@code roles}). It comes with the phone lookup, so no hop reads it again.
 */
public record CallerMember(long memberId, String name, String nameNative, String language, boolean roman, boolean pinSet,
                           String role) {

    /** The role a member without one is given. */
    public static final String MEMBER = "MEMBER";

    public CallerMember {
        role = role == null || role.isBlank() ? MEMBER : role;
    }

    /** A plain member (no role that changes her menu). */
    public CallerMember(long memberId, String name, String nameNative, String language, boolean roman, boolean pinSet) {
        this(memberId, name, nameNative, language, roman, pinSet, MEMBER);
    }

    /** The language tag texts are chosen by: {@code hi-Latn} for a Roman-script Hindi reader. */
    public String languageTag() {
        return Languages.tag(language, roman);
    }

    /** Her name as she reads it: in her own script unless she reads Latin letters. */
    public String displayName() {
        return nameFor(name, nameNative, language, roman);
    }

    /** A name as a reader of {@code language} sees it: the native spelling unless she reads Latin letters. */
    public static String nameFor(String name, String nameNative, String language, boolean roman) {
        boolean latin = roman || "en".equals(language);
        return latin || nameNative == null || nameNative.isBlank() ? name : nameNative;
    }
}
