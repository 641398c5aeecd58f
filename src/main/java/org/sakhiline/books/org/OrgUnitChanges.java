package org.sakhiline.books.org;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.sakhiline.support.problem.FieldError;

/**
 * An edit of an org unit made from {@code version}: its names and place, and for a group its profile
 * (meeting schedule, place, time zone, defaults; null leaves the profile as it is). Code, level, country
 * and parent do not change here: they decide whose subtree the unit and its members are in.
 */
public record OrgUnitChanges(Long version, String name, String nameLocal, String district, String block, String village,
                             @Valid ShgProfileData shgProfile) {

    public OrgUnitChanges withProfile(ShgProfileData profile) {
        return new OrgUnitChanges(version, name, nameLocal, district, block, village, profile);
    }

    public List<FieldError> problems() {
        List<FieldError> out = new ArrayList<>();
        if (name == null || name.isBlank()) {
            out.add(new FieldError("name", "is required"));
        } else if (name.strip().length() > 120) {
            out.add(new FieldError("name", "must be at most 120 characters"));
        }
        if (nameLocal != null && nameLocal.strip().length() > 200) {
            out.add(new FieldError("nameLocal", "must be at most 200 characters"));
        }
        String[][] places = {{"district", district}, {"block", block}, {"village", village}};
        for (String[] p : places) {
            if (p[1] != null && p[1].strip().length() > 100) {
                out.add(new FieldError(p[0], "must be at most 100 characters"));
            }
        }
        return out;
    }
}
