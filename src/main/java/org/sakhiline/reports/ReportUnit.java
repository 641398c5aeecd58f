package org.sakhiline.reports;

import java.time.ZoneId;

/**
 * One line of a report's drill-down: an org unit (federation, VO, SHG/CO) or, below an SHG, a member.
 *
 * @param level    CLF, VO, SHG, LSO, CO, or MEMBER for a member line; WHOLE for the synthetic root of
 *                 everything an administrator sees
 * @param code     the unit's code, or the member's number within her group
 * @param timeZone the zone its dates are kept in (an SHG's profile zone; Asia/Karachi for Pakistan units)
 */
public record ReportUnit(long id, Long parentId, String level, String code, String name, String timeZone) {

    public static final String MEMBER = "MEMBER";
    public static final String WHOLE = "WHOLE";

    public boolean isMember() {
        return MEMBER.equals(level);
    }

    /** A group (SHG in India, CO in Pakistan): its lines below are members. */
    public boolean isGroup() {
        return "SHG".equals(level) || "CO".equals(level);
    }

    public boolean isWhole() {
        return WHOLE.equals(level);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
