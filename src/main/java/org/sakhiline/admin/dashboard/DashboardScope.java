package org.sakhiline.admin.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The part of the federation the dashboard is about and the moment it is drawn.
 *
 * @param units    every org unit in the signed-in user's subtree, or null for an administrator (everything)
 * @param rootId   the root of that subtree, null for an administrator
 * @param zone     the reader's zone (India or Pakistan Standard Time), used for "today", weeks and times shown
 */
public record DashboardScope(List<Long> units, Long rootId, ZoneId zone, Instant now) {

    public LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    public boolean everything() {
        return units == null;
    }

    /** For {@code IN (:units)}: a never-matching id when the list is empty. */
    public List<Long> unitsOrNone() {
        return units == null || units.isEmpty() ? List.of(-1L) : units;
    }
}
