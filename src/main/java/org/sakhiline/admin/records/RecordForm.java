package org.sakhiline.admin.records;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sakhiline.support.problem.DomainException;
import org.sakhiline.support.problem.FieldError;
import org.sakhiline.support.problem.InvalidInputException;

/**
 * A console form as typed, with what was wrong: a refused form comes back with every value kept and each
 * problem next to its field ({@code errors}), or one message above the form for a refusal of the whole
 * (a conflict, a stale version).
 */
public record RecordForm(Map<String, String> values, Map<String, String> errors, String error) {

    static RecordForm of(Map<String, String> values) {
        return new RecordForm(values, Map.of(), null);
    }

    static RecordForm refused(Map<String, String> values, DomainException e) {
        if (e instanceof InvalidInputException invalid) {
            Map<String, String> byField = new LinkedHashMap<>();
            for (FieldError f : invalid.errors()) {
                byField.merge(f.field(), f.message(), (a, b) -> a + "; " + b);
            }
            return new RecordForm(values, byField, null);   // the page says "correct the fields marked below" ({rec:form_fix})
        }
        return new RecordForm(values, Map.of(), ConsoleErrors.message(e));
    }

    /** Values of a posted form, blanks as "" (Qute prints nothing for them). */
    static Map<String, String> values(String... namesAndValues) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            out.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return out;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean is(String field, String option) {
        return option != null && option.equalsIgnoreCase(value(field));
    }

    /** The problem with one field, or null. */
    public String errorOf(String field) {
        return errors.get(field);
    }

    /** Options of a select: the value and its label. */
    public record Option(String value, String label) {}

    static final List<Option> LANGUAGES = java.util.stream.Stream.of("hi", "as", "bn", "mni", "ur", "sd", "en")
            .map(code -> new Option(code, ConsoleText.languageName(code))).toList();

    /** Some field was refused: the page asks to correct the fields marked. */
    public boolean fieldsRefused() {
        return !errors.isEmpty();
    }
}
