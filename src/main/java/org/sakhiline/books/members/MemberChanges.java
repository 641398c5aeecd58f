package org.sakhiline.books.members;

import java.util.List;
import org.sakhiline.support.problem.FieldError;

/**
 * An edit of a member's own details, made from {@code version} of her record. Phones are not in it: they
 * are added and taken off one at a time, so an edit of her name can never bring back a recycled number.
 * Enums are text so a wrong value is a field problem, not a parse error.
 */
public record MemberChanges(Long version, String name, String nameNative, String language, String script, String role) {

    public List<FieldError> problems() {
        return MemberFields.problems(name, nameNative, language, script, role);
    }
}
