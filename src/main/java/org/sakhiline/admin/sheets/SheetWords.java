package org.sakhiline.admin.sheets;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sakhiline.admin.dashboard.BookTexts;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.sheets.Attendance;
import org.sakhiline.books.sheets.SheetStatus;
import org.sakhiline.support.i18n.Money;

/**
 * The words staff read on meeting-sheet pages instead of the codes the books keep: statuses, channels,
 * history events, attendance; rupees in the group's grouping; times in the group's zone with the zone named.
 */
final class SheetWords {


    private SheetWords() {}

    /** The sheet pages' messages in the reader's language. */
    static SheetMessages m() {
        return BookTexts.bundle(SheetMessages.class);
    }

    static String status(SheetStatus status) {
        SheetMessages m = SheetWords.m();
        if (status == null) {
            return m.sh_status_none();
        }
        return switch (status) {
            case DRAFT -> m.sh_status_draft();
            case SUBMITTED -> m.sh_status_submitted();
            case CONFIRMED -> m.sh_status_confirmed();
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
        SheetMessages m = SheetWords.m();
        if (a == null) {
            return m.sh_att_none();
        }
        return switch (a) {
            case PRESENT -> m.sh_att_present();
            case ABSENT -> m.sh_att_absent();
            case LEAVE -> m.sh_att_leave();
        };
    }

    /** "by USSD", "in the console": how the person reached the books. */
    static String channel(Channel channel) {
        if (channel == null) {
            return "";
        }
        SheetMessages m = SheetWords.m();
        return switch (channel) {
            case USSD -> m.sh_ch_ussd();
            case SMS -> m.sh_ch_sms();
            case IVR -> m.sh_ch_ivr();
            case BOOKKEEPER -> m.sh_ch_bookkeeper();
            case API -> m.sh_ch_api();
            case CONSOLE -> m.sh_ch_console();
            case IMPORT -> m.sh_ch_import();
            case MEETING -> m.sh_ch_meeting();
        };
    }

    /** The history's event in words; an event this page does not know yet is "made a change", never shown raw. */
    static String event(String event) {
        if (event == null) {
            return "";
        }
        SheetMessages m = SheetWords.m();
        return switch (event) {
            case "OPENED" -> m.sh_ev_opened();
            case "SAVED" -> m.sh_ev_saved();
            case "LINE" -> m.sh_ev_line();
            case "CASH" -> m.sh_ev_cash();
            case "SUBMITTED" -> m.sh_ev_submitted();
            case "CONFIRMED" -> m.sh_ev_confirmed();
            case "REJECTED" -> m.sh_ev_rejected();
            case "CORRECTED" -> m.sh_ev_corrected();
            case "FLAGGED" -> m.sh_ev_flagged();
            default -> m.sh_ev_other();
        };
    }

    /** A history note in words: the books write attendance as its code ("PRESENT: saved Rs 50, ..."). */
    static String note(String note) {
        if (note == null) {
            return "";
        }
        SheetMessages m = SheetWords.m();
        return note.replaceAll("\\bPRESENT\\b", m.sh_att_present_lower()).replaceAll("\\bABSENT\\b", m.sh_att_absent_lower())
                .replaceAll("\\bLEAVE\\b", m.sh_att_leave_lower()).replace("line(s)", "lines");
    }

    /** "present, savings Rs 100, repaid Rs 0, fine Rs 0": a member's line in words. */
    static String line(Attendance a, String savings, String repaid, String fine) {
        return SheetWords.m().sh_line_words(attendance(a), savings, repaid, fine);
    }

    static String money(long paise, Locale country) {
        return Money.format(paise, country);
    }

    /** "Sat 12 Dec 2026": the day of the week helps her find the meeting. */
    static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("EEE d MMM yyyy", BookTexts.locale()).format(date);
    }

    /** "12 Dec 2026, 10:42 IST": the group's own clock, with its zone named. */
    static String at(Instant at, ZoneId zone) {
        return BookTexts.time(at, zone);
    }

    /** Whole rupees for an input field: 150000 paise → "1500"; paise kept when there are any ("12.50"). */
    static String rupeesField(long paise) {
        long abs = Math.abs(paise);
        String sign = paise < 0 ? "-" : "";
        return abs % 100 == 0 ? sign + abs / 100 : String.format(Locale.ROOT, "%s%d.%02d", sign, abs / 100, abs % 100);
    }
}
