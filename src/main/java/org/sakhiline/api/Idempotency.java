package org.sakhiline.api;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.sakhiline.support.problem.InvalidInputException;

/** The API side of idempotent POSTs: the required header, and answering a replay like the first. */
final class Idempotency {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private Idempotency() {}

    static String require(String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidInputException(HEADER, "header is required for this request");
        }
        if (key.length() > 100) {
            throw new InvalidInputException(HEADER, "must be at most 100 characters");
        }
        return key.strip();
    }

    /** Same status and body for the first answer and every replay; only the extra header differs. */
    static Response created(URI location, Object body, boolean replayed) {
        Response.ResponseBuilder b = Response.created(location).entity(body);
        if (replayed) {
            b.header(REPLAYED_HEADER, "true");
        }
        return b.build();
    }
}
