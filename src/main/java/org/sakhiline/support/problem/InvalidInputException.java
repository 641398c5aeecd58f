package org.sakhiline.support.problem;

import java.util.List;

/** Input that fails a check Bean Validation cannot express, e.g. a missing header (API: 400). */
public class InvalidInputException extends DomainException {

    private final List<FieldError> errors;

    public InvalidInputException(String field, String message) {
        super("invalid-input", field + ": " + message);
        this.errors = List.of(new FieldError(field, message));
    }

    /** Several invalid inputs at once, so a form can show every problem next to its field. */
    public InvalidInputException(List<FieldError> errors) {
        super("invalid-input", String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList()));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
