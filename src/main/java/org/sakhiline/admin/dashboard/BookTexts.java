package org.sakhiline.admin.dashboard;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sakhiline.access.ConsoleRole;
import org.sakhiline.access.ConsoleUser;

/**
 * Words the book pages (sheets, reports, dashboard, passbook, imports) build in Java, in the reader's console language:
 * {@link #m()} is {@link BookPageMessages} for the current request. Outside a request (a background job) it is English.
 */
public final class BookTexts {

    private BookTexts() {}

    /** The book pages' messages in the signed-in reader's language. */
    public static BookPageMessages m() {
        return bundle(BookPageMessages.class);
    }

    /** Any message bundle in the reader's language (English, the bundles' default, needs no localized bean). */
    public static <T> T bundle(Class<T> bundle) {
        String lang = language();
        return "en".equals(lang) ? MessageBundles.get(bundle) : MessageBundles.get(bundle, Localized.Literal.of(lang));
    }

    /** "en", "hi" or "ur": the reader's console language. */
    public static String language() {
        ArcContainer arc = Arc.container();
        if (arc == null || !arc.requestContext().isActive()) {
            return "en";
        }
        return "en";
    }

    public static Locale locale() {
        return Locale.forLanguageTag(language());
    }

    /** "6 Dec 2026": month names in the reader's language, digits as written in the books. */
    public static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy", locale()).format(date);
    }

    /** "6 Dec 2026, 21:55 IST": a moment in the unit's zone, the zone always named. */
    public static String time(Instant at, ZoneId zone) {
        return at == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale()).format(at.atZone(zone)) + " "
                + zoneName(zone);
    }

    /** "Asha Das (staff)" for a console username; the username itself for a user no longer on record. */
    public static String consoleUser(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        BookPageMessages m = m();
        return ConsoleUser.byUsername(username).map(u -> m.person_with_role(u.displayName,
                ConsoleRole.ADMIN_NAME.equals(u.role) ? m.role_administrator() : m.role_staff())).orElse(username);
    }

    /** IST, PKT, or the zone's id. */
    public static String zoneName(ZoneId zone) {
        return "Asia/Karachi".equals(zone.getId()) ? "PKT" : "Asia/Kolkata".equals(zone.getId()) || "Asia/Calcutta".equals(zone.getId())
                ? "IST" : zone.getId();
    }
}
