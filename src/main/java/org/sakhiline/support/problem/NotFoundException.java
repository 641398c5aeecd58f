package org.sakhiline.support.problem;

/** An id or key that names nothing (API: 404). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("not-found", what + " " + id + " does not exist");
    }
}
