package org.sakhiline.admin.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.reports.ReportUnit;
import org.sakhiline.support.i18n.Money;

/** Plain words for report pages: money with Indian (or Pakistani) grouping, shares, dates, zones, levels, funds. */
final class ReportWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private ReportWords() {}

    static String money(long paise, ReportUnit root) {
        return Money.format(paise, pakistani(root) ? "ur" : "en");
    }

    static String share(int basisPoints) {
        return String.format(Locale.ENGLISH, "%d.%d%%", basisPoints / 100, Math.abs(basisPoints % 100) / 10);
    }

    static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    static boolean pakistani(ReportUnit root) {
        return "Asia/Karachi".equals(root.timeZone());
    }

    /** "India Standard Time (IST)" or "Pakistan Standard Time (PKT)". */
    static String zoneName(ReportUnit root) {
        return pakistani(root) ? "Pakistan Standard Time (PKT)" : "India Standard Time (IST)";
    }

    /** Now in the root's zone, with the zone named: "6 Dec 2026, 19:50 IST". */
    static String now(ReportUnit root) {
        ZoneId zone = ZoneId.of(root.timeZone());
        return MOMENT.format(ZonedDateTime.now(zone)) + (pakistani(root) ? " PKT" : " IST");
    }

    static String level(ReportUnit u) {
        return switch (u.level()) {
            case "CLF" -> "cluster federation";
            case "LSO" -> "local support organisation";
            case "VO" -> "village organisation";
            case "SHG" -> "self help group";
            case "CO" -> "community organisation";
            case ReportUnit.MEMBER -> "member no. " + u.code();
            default -> "all groups you can see";
        };
    }

    static String unitLabel(ReportUnit u) {
        return u.isWhole() ? "All groups you can see" : u.name() + " (" + (u.isMember() ? "no. " + u.code() : u.code()) + ")";
    }

    static String fund(FundSource f) {
        return switch (f) {
            case SHG_OWN -> "Group's own funds";
            case REVOLVING_FUND -> "Revolving Fund";
            case CIF -> "Community Investment Fund";
            case BANK -> "Bank loan";
        };
    }
}
