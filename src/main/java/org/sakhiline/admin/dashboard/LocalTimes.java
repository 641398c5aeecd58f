package org.sakhiline.admin.dashboard;

import java.time.Instant;
import java.time.ZoneId;

/** Times for the console's dashboard pages in the reader's zone, the zone named: "6 Dec 2026, 19:45 IST". */
final class LocalTimes {

    static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    private LocalTimes() {}

    static ZoneId zoneOf(String country) {
        return "PK".equals(country) ? PAKISTAN : INDIA;
    }

    /** "6 Dec 2026, 19:45 IST" in the reader's language (the console's one way of writing a moment). */
    static String stamp(Instant at, ZoneId zone) {
        return BookTexts.time(at, zone);
    }

    static String zoneName(ZoneId zone) {
        return PAKISTAN.equals(zone) ? "PKT" : INDIA.equals(zone) ? "IST" : zone.getId();
    }
}
