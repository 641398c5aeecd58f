package org.sakhiline.admin.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times for the console's dashboard pages in the reader's zone, the zone named: "6 Dec 2026, 7:45 pm IST". */
final class LocalTimes {

    static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    private LocalTimes() {}

    static ZoneId zoneOf(String country) {
        return "PK".equals(country) ? PAKISTAN : INDIA;
    }

    static String stamp(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofPattern("d MMM yyyy, h:mm a", BookTexts.locale()).format(at.atZone(zone))
                .replace("AM", "am").replace("PM", "pm") + " " + zoneName(zone);
    }

    static String zoneName(ZoneId zone) {
        return PAKISTAN.equals(zone) ? "PKT" : INDIA.equals(zone) ? "IST" : zone.getId();
    }
}
