package org.sakhiline.books.posting;

import java.time.LocalDate;
import org.sakhiline.support.problem.InvalidInputException;

/**
 * Who posts a money movement, from where, and under which idempotency key (for webhooks: the
 * provider's message id). A repeat of the key returns the first result and posts nothing.
 *
 * @param actor who posted it, e.g. {@code staff:12}, {@code member:5}, {@code api:admin}
 * @param externalRef optional reference such as a receipt number
 * @param note optional free text (max 200)
 */
public record PostingContext(String idempotencyKey, Channel channel, String actor, LocalDate valueDate,
                             String externalRef, String note) {

    public PostingContext {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw new InvalidInputException("idempotencyKey", "must be 1..100 characters");
        }
        if (channel == null) {
            throw new InvalidInputException("channel", "must not be null");
        }
        if (actor == null || actor.isBlank() || actor.length() > 64) {
            throw new InvalidInputException("actor", "must be 1..64 characters");
        }
        if (valueDate == null) {
            throw new InvalidInputException("valueDate", "must not be null");
        }
        if (externalRef != null && externalRef.length() > 64) {
            throw new InvalidInputException("externalRef", "must be at most 64 characters");
        }
        if (note != null && note.length() > 200) {
            throw new InvalidInputException("note", "must be at most 200 characters");
        }
    }

    public static PostingContext of(String idempotencyKey, Channel channel, String actor, LocalDate valueDate) {
        return new PostingContext(idempotencyKey, channel, actor, valueDate, null, null);
    }

    public PostingContext withExternalRef(String ref) {
        return new PostingContext(idempotencyKey, channel, actor, valueDate, ref, note);
    }
}
