package org.sakhiline.support.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns exceptions into {@code application/problem+json} (RFC 9457) with the status the API promises:
 * 400 malformed or invalid input (naming each field), 404 unknown ids, 409 conflicts, 422 refused by a
 * business rule, 500 with a correlation id (logged, never a stack trace to the client).
 * Outside {@code /api/} a {@link WebApplicationException} keeps its own response and an unexpected error
 * answers a short text/plain line, so channel endpoints are not handed JSON.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int MARIADB_DUPLICATE_ENTRY = 1062;

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        if (e instanceof InvalidInputException invalid) {
            return respond(Problem.invalid(e.getMessage(), invalid.errors()), uri);
        }
        int status;
        String title;
        if (e instanceof NotFoundException) {
            status = 404;
            title = "Not found";
        } else if (e instanceof ConflictException) {
            status = 409;
            title = "Conflict";
        } else if (e instanceof BusinessRuleException) {
            status = 422;
            title = "Refused by a business rule";
        } else if (e instanceof ForbiddenActorException) {
            status = 403;
            title = "Forbidden";
        } else {
            status = 400;
            title = "Bad request";
        }
        return respond(Problem.of(e.code(), title, status, e.getMessage()), uri);
    }

    /** Quarkus maps its own subclass for REST parameters; take it over so the answer is problem+json too. */
    @ServerExceptionMapper
    public Response parameterValidation(ResteasyReactiveViolationException e, UriInfo uri) {
        return validation(e, uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return respond(Problem.invalid(detail, errors), uri);
    }

    /** Quarkus ships its own mapper for this subtype (wrong type / unknown enum value): take it over. */
    @ServerExceptionMapper
    public Response jsonMismatch(MismatchedInputException e, UriInfo uri) {
        return respond(jsonProblem(e), uri);
    }

    @ServerExceptionMapper
    public Response jsonSyntax(JsonParseException e, UriInfo uri) {
        return respond(jsonProblem(e), uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(jsonProblem(e), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(jsonProblem(json), uri);
        }
        if (!uri.getPath().startsWith("/api/") || e.getResponse().hasEntity()) {
            return e.getResponse();   // channels (USSD, TwiML) and deliberate responses keep their own body
        }
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String detail = status == 404 ? "no resource at " + uri.getPath() : e.getMessage();
        return respond(Problem.of(title.toLowerCase().replace(' ', '-'), title, status, detail), uri);
    }

    /** Signed in but outside her part of the federation, or not an administrator. */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() == null ? "you may not do this" : e.getMessage();
        if (!uri.getPath().startsWith("/api/")) {
            return Response.status(403).type("text/plain;charset=UTF-8").entity("Forbidden: " + detail).build();
        }
        return respond(Problem.of("forbidden", "Forbidden", 403, detail), uri);
    }

    /** A unique key hit that the services did not pre-check (e.g. a race on a code or phone). */
    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        if (isDuplicate(e)) {
            return respond(Problem.of(ConflictException.DUPLICATE, "Conflict", 409,
                    "the request clashes with an existing record"), uri);
        }
        return internal(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (isUndecodable(e)) {
            // A stranger's broken percent-encoding (or bytes that are no UTF-8) in a form or URL: their fault, one line.
            LOG.warnf("malformed encoding refused on %s: %s", uri.getPath(), e.getMessage());
            if (!uri.getPath().startsWith("/api/")) {
                return Response.status(400).type("text/plain").entity("malformed form encoding").build();
            }
            return respond(Problem.invalid("the request is not validly encoded",
                    List.of(new FieldError("body", "is not valid percent-encoded UTF-8"))), uri);
        }
        return internal(e, uri);
    }

    /** RESTEasy Reactive's form and URL decoder refusing its input (it throws a bare IllegalArgumentException). */
    private static boolean isUndecodable(Exception e) {
        StackTraceElement[] at = e.getStackTrace();
        return e instanceof IllegalArgumentException && at.length > 0
                && at[0].getClassName().equals("org.jboss.resteasy.reactive.common.util.URLUtils");
    }

    private static Response internal(Exception e, UriInfo uri) {
        String cid = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "unhandled error on %s (cid %s)", uri.getPath(), cid);
        if (!uri.getPath().startsWith("/api/")) {
            return Response.status(500).type("text/plain").entity("Internal error, please try again later (ref " + cid + ")").build();
        }
        return respond(Problem.of("internal-error", "Internal error", 500,
                "an unexpected error occurred; quote reference " + cid), uri);
    }

    private static Problem jsonProblem(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping);
            String message = e.getOriginalMessage();
            String reason = message != null && message.startsWith("Cannot deserialize value of type")
                    ? "has the wrong type or value" : "could not be read";
            return Problem.invalid(field + " " + reason, List.of(new FieldError(field, reason)));
        }
        return Problem.invalid("the request body is not valid JSON",
                List.of(new FieldError("body", "is not valid JSON")));
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /**
     * "create.req.shgProfile.timeZone" → "shgProfile.timeZone": drop the method and, when it is the body,
     * the parameter node; a bare query/path parameter keeps its own name.
     */
    static String fieldOf(ConstraintViolation<?> v) {
        List<String> parts = new ArrayList<>();
        Iterator<Path.Node> it = v.getPropertyPath().iterator();
        String parameter = null;
        while (it.hasNext()) {
            Path.Node n = it.next();
            if (n.getKind() == ElementKind.METHOD || n.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (n.getKind() == ElementKind.PARAMETER) {
                parameter = n.getName();
                continue;
            }
            String name = n.getName() == null ? "" : n.getName();
            if (n.getIndex() != null && !parts.isEmpty()) {
                int last = parts.size() - 1;
                parts.set(last, parts.get(last) + "[" + n.getIndex() + "]");
            }
            if (!name.isEmpty() && !name.startsWith("<")) {
                parts.add(name);
            }
        }
        if (parts.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", parts);
    }

    private static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == MARIADB_DUPLICATE_ENTRY) {
                return true;
            }
        }
        return false;
    }

    private static Response respond(Problem p, UriInfo uri) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p.withInstance(uri.getPath())).build();
    }
}
