package org.sakhiline.admin.sheets;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.sheets.Attendance;
import org.sakhiline.books.sheets.SheetStatus;
import org.sakhiline.support.i18n.Money;

/**
 * The words staff read on meeting-sheet pages instead of the codes the books keep: statuses, channels,
 * history events, attendance; rupees in the group's grouping; times in the group's zone with the zone named.
 */
final class SheetWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.ENGLISH);
    private static final Map<String, String> EVENTS = Map.of(
            "OPENED", "started the sheet", "SAVED", "saved entries", "LINE", "entered a member's line",
            "CASH", "entered the cash counted", "SUBMITTED", "submitted it for confirmation", "CONFIRMED", "confirmed it",
            "REJECTED", "sent it back", "CORRECTED", "corrected a line", "FLAGGED", "replied WRONG");

    private SheetWords() {}

    static String status(SheetStatus status) {
        if (status == null) {
            return "Not started";
        }
        return switch (status) {
            case DRAFT -> "Being entered";
            case SUBMITTED -> "Waiting for confirmation";
            case CONFIRMED -> "Confirmed";
        };
    }

    /** A CSS hint for the status badge. */
    static String statusTone(SheetStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case DRAFT -> "warn";
            case SUBMITTED -> "";
            case CONFIRMED -> "ok";
        };
    }

    static String attendance(Attendance a) {
        if (a == null) {
            return "Not entered";
        }
        return switch (a) {
            case PRESENT -> "Present";
            case ABSENT -> "Absent";
            case LEAVE -> "On leave";
        };
    }

    /** "by USSD", "in the console": how the person reached the books. */
    static String channel(Channel channel) {
        if (channel == null) {
            return "";
        }
        return switch (channel) {
            case USSD -> "on her phone (USSD)";
            case SMS -> "by SMS";
            case IVR -> "by phone call";
            case BOOKKEEPER -> "by the bookkeeper";
            case API -> "through the API";
            case CONSOLE -> "in the console";
            case IMPORT -> "by spreadsheet import";
            case MEETING -> "at the meeting";
        };
    }

    /** The history's event in words; an event this page does not know yet is lower-cased, never shown raw. */
    static String event(String event) {
        if (event == null) {
            return "";
        }
        return EVENTS.getOrDefault(event, event.toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    /** Lakh grouping in India, western in Pakistan: the way the group's own register is written. */
    /** A history note in words: the books write attendance as its code ("PRESENT: saved Rs 50, ..."). */
    static String note(String note) {
        if (note == null) {
            return "";
        }
        return note.replaceAll("\\bPRESENT\\b", "present").replaceAll("\\bABSENT\\b", "absent")
                .replaceAll("\\bLEAVE\\b", "on leave").replace("line(s)", "lines");
    }

    static String money(long paise, Locale country) {
        return Money.format(paise, country);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "12 Dec 2026, 10:42 IST": the group's own clock, with its zone named. */
    static String at(Instant at, ZoneId zone) {
        return at == null ? "" : STAMP.format(at.atZone(zone));
    }

    /** Whole rupees for an input field: 150000 paise → "1500"; paise kept when there are any ("12.50"). */
    static String rupeesField(long paise) {
        long abs = Math.abs(paise);
        String sign = paise < 0 ? "-" : "";
        return abs % 100 == 0 ? sign + abs / 100 : String.format(Locale.ROOT, "%s%d.%02d", sign, abs / 100, abs % 100);
    }
}
