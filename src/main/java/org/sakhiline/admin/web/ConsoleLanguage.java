package org.sakhiline.admin.web;

import java.util.List;
import java.util.Locale;

/** The languages the console speaks, each with its own name (shown as is on the settings page) and direction. */
public enum ConsoleLanguage {
    EN("en", "English", false),
    HI("hi", "हिन्दी", false),
    UR("ur", "اردو", true);

    public static final List<ConsoleLanguage> ALL = List.of(values());

    public final String tag;
    public final String nativeName;
    public final boolean rtl;

    ConsoleLanguage(String tag, String nativeName, boolean rtl) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.rtl = rtl;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public String tag() {
        return tag;
    }

    public String nativeName() {
        return nativeName;
    }

    /** The language of a stored tag; English for null or anything the console does not speak. */
    public static ConsoleLanguage of(String tag) {
        for (ConsoleLanguage l : values()) {
            if (l.tag.equals(tag)) {
                return l;
            }
        }
        return EN;
    }

    public static boolean supported(String tag) {
        return ALL.stream().anyMatch(l -> l.tag.equals(tag));
    }
}
