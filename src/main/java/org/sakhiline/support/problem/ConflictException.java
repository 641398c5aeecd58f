package org.sakhiline.support.problem;

/**
 * The request clashes with what is already recorded (API: 409): a duplicate member number, an
 * idempotency key reused with other content, a second reversal of the same transaction.
 */
public class ConflictException extends DomainException {

    public static final String IDEMPOTENCY_KEY_REUSED = "idempotency-key-reused";
    public static final String ALREADY_REVERSED = "already-reversed";
    public static final String DUPLICATE = "duplicate";

    public ConflictException(String code, String message) {
        super(code, message);
    }
}
