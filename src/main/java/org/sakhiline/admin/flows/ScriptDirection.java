package org.sakhiline.admin.flows;

/** Urdu and Sindhi in Arabic script run right to left; their Roman variants (ur-Latn) do not. */
public final class ScriptDirection {

    private ScriptDirection() {}

    public static String of(String languageTag) {
        return "ur".equals(languageTag) || "sd".equals(languageTag) ? "rtl" : "ltr";
    }
}
