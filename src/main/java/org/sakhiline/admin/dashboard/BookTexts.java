package org.sakhiline.admin.dashboard;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sakhiline.admin.web.ConsoleContext;
import org.sakhiline.admin.web.ConsoleWords;

/**
 * Words the book pages (sheets, reports, dashboard, passbook, imports) build in Java, in the reader's console language:
 * {@link #m()} is {@link BookPageMessages} for the current request, times, dates and people come from the console's
 * shared {@link ConsoleWords}. Static, so the pages' small word classes need no bean to be handed around; outside a
 * request (a background job) everything is English.
 */
public final class BookTexts {

    private BookTexts() {}

    /** The book pages' messages in the signed-in reader's language. */
    public static BookPageMessages m() {
        return bundle(BookPageMessages.class);
    }

    /** Any console message bundle in the reader's language. */
    public static <T> T bundle(Class<T> bundle) {
        return ConsoleWords.bundle(bundle, language());
    }

    /** "en", "hi" or "ur": the reader's console language. */
    public static String language() {
        ConsoleContext console = inRequest(ConsoleContext.class);
        return console == null ? "en" : console.language();
    }

    public static Locale locale() {
        return Locale.forLanguageTag(language());
    }

    /** "6 Dec 2026" ("6 दिसंबर 2026"). */
    public static String date(LocalDate date) {
        ConsoleWords words = inRequest(ConsoleWords.class);
        return words != null ? words.date(date) : date == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
                .format(date);
    }

    /** "6 Dec 2026, 21:55 IST": a moment in the unit's zone, the zone always named. */
    public static String time(Instant at, ZoneId zone) {
        ConsoleWords words = inRequest(ConsoleWords.class);
        return words != null ? words.time(at, zone) : at == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm",
                Locale.ENGLISH).format(at.atZone(zone)) + " " + zoneName(zone);
    }

    /** "Asha Das (staff)" for a console username; the username itself for a user no longer on record. */
    public static String consoleUser(String username) {
        return actor(username == null || username.isBlank() ? "" : "console:" + username);
    }

    /** Who did it, in words: "Rekha Kumari (bookkeeper)", "Asha Das (staff)"; never the stored reference. */
    public static String actor(String actorRef) {
        ConsoleWords words = inRequest(ConsoleWords.class);
        return words == null ? "" : words.actor(actorRef);
    }

    /** IST, PKT, or the zone's id. */
    public static String zoneName(ZoneId zone) {
        return ConsoleWords.zoneName(zone);
    }

    private static <T> T inRequest(Class<T> type) {
        ArcContainer arc = Arc.container();
        return arc == null || !arc.requestContext().isActive() ? null : arc.instance(type).get();
    }
}
