package org.sakhiline.admin.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.sakhiline.admin.dashboard.BookPageMessages;
import org.sakhiline.admin.dashboard.BookTexts;
import org.sakhiline.books.loans.FundSource;
import org.sakhiline.reports.ReportUnit;
import org.sakhiline.support.i18n.Money;

/** Plain words for report pages: money with Indian (or Pakistani) grouping, shares, dates, zones, levels, funds. */
final class ReportWords {

    private ReportWords() {}

    static String money(long paise, ReportUnit root) {
        return Money.format(paise, pakistani(root) ? "ur" : "en");
    }

    static String share(int basisPoints) {
        return String.format(Locale.ENGLISH, "%d.%d%%", basisPoints / 100, Math.abs(basisPoints % 100) / 10);
    }

    static String day(LocalDate d) {
        return BookTexts.date(d);
    }

    static boolean pakistani(ReportUnit root) {
        return "Asia/Karachi".equals(root.timeZone());
    }

    /** "India Standard Time (IST)" or "Pakistan Standard Time (PKT)". */
    static String zoneName(ReportUnit root) {
        return pakistani(root) ? BookTexts.m().rep_zone_pakistan() : BookTexts.m().rep_zone_india();
    }

    /** Now in the root's zone, with the zone named: "6 Dec 2026, 19:50 IST". */
    static String now(ReportUnit root) {
        return BookTexts.time(Instant.now(), ZoneId.of(root.timeZone()));
    }

    static String level(ReportUnit u) {
        BookPageMessages m = BookTexts.m();
        return switch (u.level()) {
            case "CLF" -> m.rep_level_clf();
            case "LSO" -> m.rep_level_lso();
            case "VO" -> m.rep_level_vo();
            case "SHG" -> m.rep_level_shg();
            case "CO" -> m.rep_level_co();
            case ReportUnit.MEMBER -> m.rep_member_no(u.code());
            default -> m.rep_all_groups_lower();
        };
    }

    static String unitLabel(ReportUnit u) {
        return u.isWhole() ? BookTexts.m().rep_all_groups() : u.name() + " (" + (u.isMember() ? BookTexts.m().rep_member_no(u.code())
                : u.code()) + ")";
    }

    static String fund(FundSource f) {
        BookPageMessages m = BookTexts.m();
        return switch (f) {
            case SHG_OWN -> m.rep_fund_own();
            case REVOLVING_FUND -> m.rep_fund_rf();
            case CIF -> m.rep_fund_cif();
            case BANK -> m.rep_fund_bank();
        };
    }

    /**
     * A report's definitions in the reader's language. The reports keep them in English ({@code DEFINITIONS}); the
     * bundle holds each report's list joined by " || " (ReportWordsTest keeps the English bundle equal to the reports').
     */
    static List<String> definitions(List<String> english, String translated) {
        if ("en".equals(BookTexts.language())) {
            return english;
        }
        List<String> lines = List.of(translated.split(" \\|\\| "));
        return lines.size() == english.size() ? lines : english;
    }
}
