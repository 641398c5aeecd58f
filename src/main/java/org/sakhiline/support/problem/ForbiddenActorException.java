package org.sakhiline.support.problem;

/**
 * The actor may not do this to this record (API: 403): a bookkeeper of another group, or the maker of a
 * sheet trying to check it. Carries a stable code like every {@link DomainException}.
 */
public class ForbiddenActorException extends DomainException {

    public static final String FORBIDDEN = "forbidden";

    public ForbiddenActorException(String code, String message) {
        super(code, message);
    }
}
