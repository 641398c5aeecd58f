package org.sakhiline.support.problem;

import java.util.List;

/** Input that fails a check Bean Validation cannot express, e.g. a missing header (API: 400). */
public class InvalidInputException extends DomainException {

    private final List<FieldError> errors;

    public InvalidInputException(String field, String message) {
        super("invalid-input", field + ": " + message);
        this.errors = List.of(new FieldError(field, message));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
