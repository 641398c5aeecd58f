package org.sakhiline.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import org.sakhiline.access.AccessScope;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.posting.RequestDigest;
import org.sakhiline.support.problem.InvalidInputException;

/**
 * The API side of idempotent POSTs: the required header, the posting's provenance and answering a replay
 * like the first. The signed-in user is the actor ({@code console:<username>}), the channel is API, and her
 * key is hers alone: stored as {@code client:<username>:<key>} with a digest of the request (path and body
 * as sent), so the same key with another request is a 409 and never meets a system key.
 */
@RequestScoped
class Idempotency {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String VISIBLE_ASCII = "[!-~]+";

    private final AccessScope scope;
    private final ObjectMapper json;

    Idempotency(AccessScope scope, ObjectMapper json) {
        this.scope = scope;
        this.json = json;
    }

    static String require(String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidInputException(HEADER, "header is required for this request");
        }
        String k = key.strip();
        if (k.length() > PostingContext.MAX_CLIENT_KEY || !k.matches(VISIBLE_ASCII)) {
            throw new InvalidInputException(HEADER, "must be 1 to " + PostingContext.MAX_CLIENT_KEY
                    + " visible ASCII characters (a UUID, say)");
        }
        return k;
    }

    /**
     * The posting context of an API request: {@code body} is the request body as received (null when none);
     * {@code valueDate} null means today, decided after the digest so a retry tomorrow is still a repeat.
     */
    PostingContext context(String idempotencyKey, UriInfo uri, Object body, LocalDate valueDate, String externalRef,
                           String note) {
        String key = require(idempotencyKey);
        String digest = RequestDigest.of("POST", uri.getPath(), asJson(body));
        return PostingContext.forConsoleUser(scope.username(), Channel.API, key, digest,
                valueDate == null ? LocalDate.now() : valueDate, externalRef, note);
    }

    /** Same status and body for the first answer and every replay; only the extra header differs. */
    static Response created(URI location, Object body, boolean replayed) {
        Response.ResponseBuilder b = Response.created(location).entity(body);
        if (replayed) {
            b.header(REPLAYED_HEADER, "true");
        }
        return b.build();
    }

    private String asJson(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request body that was read from JSON can be written back", e);
        }
    }
}
