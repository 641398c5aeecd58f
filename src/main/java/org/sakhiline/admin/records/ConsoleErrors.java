package org.sakhiline.admin.records;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sakhiline.support.problem.BusinessRuleException;
import org.sakhiline.support.problem.ConflictException;
import org.sakhiline.support.problem.DomainException;
import org.sakhiline.support.problem.ForbiddenActorException;
import org.sakhiline.support.problem.NotFoundException;

/** Console answers for a missing record and the HTTP status of a refused form (records and meeting sheets). */
public final class ConsoleErrors {

    private ConsoleErrors() {}

    /** A short text page, not the API's problem+json (the console is read by people). */
    public static WebApplicationException notFound(String what) {
        return new WebApplicationException(Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity("Not found: " + what).build());
    }

    /** The status a re-rendered form answers with, the same family as the API's. */
    public static int statusOf(DomainException e) {
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ForbiddenActorException) {
            return 403;
        }
        if (e instanceof ConflictException) {
            return 409;
        }
        if (e instanceof BusinessRuleException) {
            return 422;
        }
        return 400;
    }

    /** The refusal without the field prefix InvalidInputException adds ("reason: must ..."). */
    static String message(DomainException e) {
        return e.getMessage();
    }
}
