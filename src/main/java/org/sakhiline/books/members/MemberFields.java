package org.sakhiline.books.members;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sakhiline.support.PhoneNumbers;
import org.sakhiline.support.i18n.Languages;
import org.sakhiline.support.problem.FieldError;

/**
 * The checks on a member's editable fields, as plain functions: the API and the console form give the
 * same answers, every problem at once, each named by its field.
 */
public final class MemberFields {

    static final int MAX_NAME = 120;
    static final int MAX_NATIVE_NAME = 200;

    private MemberFields() {}

    /** Problems with name, native name, language, script and role (null script/role are allowed: defaults). */
    public static List<FieldError> problems(String name, String nameNative, String language, String script, String role) {
        List<FieldError> out = new ArrayList<>();
        if (name == null || name.isBlank()) {
            out.add(new FieldError("name", "is required (her name in Latin letters)"));
        } else if (name.strip().length() > MAX_NAME) {
            out.add(new FieldError("name", "must be at most " + MAX_NAME + " characters"));
        }
        if (nameNative != null && nameNative.strip().length() > MAX_NATIVE_NAME) {
            out.add(new FieldError("nameNative", "must be at most " + MAX_NATIVE_NAME + " characters"));
        }
        if (language == null || !language.strip().matches(Languages.BASE_CODES)) {
            out.add(new FieldError("language", "must be one of " + Languages.BASE_CODES.replace("|", ", ")));
        }
        if (script != null && !script.isBlank() && enumValue(ScriptVariant.class, script) == null) {
            out.add(new FieldError("script", "must be NATIVE or ROMAN"));
        }
        if (role != null && !role.isBlank() && enumValue(MemberRole.class, role) == null) {
            out.add(new FieldError("role", "must be MEMBER, LEADER or BOOKKEEPER"));
        }
        return out;
    }

    /**
     * A phone as typed ("+91 98123-45678") in E.164, or null when it is not one. A national number
     * ("09812345678") is never guessed: the country code must be there.
     */
    public static String phone(String typed) {
        if (typed == null) {
            return null;
        }
        String p = typed.strip().replaceAll("[\\s().-]", "");
        return p.matches(PhoneNumbers.E164) ? p : null;
    }

    public static FieldError phoneProblem(String field, String typed) {
        return new FieldError(field, "'" + (typed == null ? "" : typed.strip()) + "' is not a phone number with its"
                + " country code, like +919812345678");
    }

    /** Blank or trimmed text (an optional field left empty is stored as null). */
    public static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The enum constant named by {@code text} (any case), or null. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
