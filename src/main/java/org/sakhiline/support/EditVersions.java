package org.sakhiline.support;

import org.sakhiline.support.problem.ConflictException;
import org.sakhiline.support.problem.InvalidInputException;

/**
 * Edits name the version of the record they were made from; a save over a newer version is refused rather
 * than silently undoing what someone else saved in between (two staff editing one member on two phones).
 */
public final class EditVersions {

    public static final String STALE = "stale-version";

    private EditVersions() {}

    /** @throws InvalidInputException when no version was given; ConflictException when the record has moved on */
    public static void require(Long expected, long actual, String what) {
        if (expected == null) {
            throw new InvalidInputException("version", "is required: the version of the " + what + " you edited");
        }
        if (expected != actual) {
            throw new ConflictException(STALE, "this " + what + " was changed by someone else since you opened it"
                    + " (you edited version " + expected + ", it is now version " + actual + "); reload it and make your change again");
        }
    }
}
