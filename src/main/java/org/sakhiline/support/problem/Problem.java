package org.sakhiline.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details, plus {@code errors} naming each invalid field. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://sakhiline.org/problems/";

    public static Problem of(String code, String title, int status, String detail) {
        return new Problem(TYPE_BASE + code, title, status, detail, null, null);
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + "invalid-input", "Invalid input", 400, detail, null, errors);
    }

    public Problem withInstance(String instance) {
        return new Problem(type, title, status, detail, instance, errors);
    }
}
