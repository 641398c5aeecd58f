package org.sakhiline.support.problem;

/** One invalid input: the field (JSON property path, query parameter or header name) and why. */
public record FieldError(String field, String message) {}
