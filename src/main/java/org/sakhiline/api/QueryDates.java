package org.sakhiline.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sakhiline.support.problem.InvalidInputException;

/**
 * Parses ISO dates from query parameters ourselves: JAX-RS answers 404 to an unconvertible query
 * parameter, while the API promises 400 naming the parameter.
 */
final class QueryDates {

    private QueryDates() {}

    static LocalDate parse(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(parameter, "must be a date like 2025-06-30");
        }
    }
}
