package org.sakhiline.support.problem;

/**
 * A refusal the caller can act on, carrying a stable machine code (e.g. {@code overdraft}) so a menu can
 * pick a prompt and the API can name the problem type. Subclasses fix the HTTP status family.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** Stable, lower-case, hyphenated code; becomes the last segment of the problem type URI. */
    public String code() {
        return code;
    }
}
