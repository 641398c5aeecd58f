package org.sakhiline.admin.dashboard;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Words the book pages (sheets, reports, dashboard, passbook, imports) build in Java, in the reader's console language:
 * {@link #m()} is {@link BookPageMessages} for the current request; people, times and dates come from the console's
 * shared words ({@code @Named("words")}) and the language from {@code @Named("console")}. Those live in admin.web,
 * which imports the dashboard (its home page), so they are reached by name the way templates reach them
 * ({@code {inject:words.time(at, zone)}}) and this package does not import admin.web back (no package cycle).
 * Outside a request (a background job) everything is English.
 */
public final class BookTexts {

    private static final Map<String, Template> SHARED = new ConcurrentHashMap<>();

    private BookTexts() {}

    /** The book pages' messages in the signed-in reader's language. */
    public static BookPageMessages m() {
        return bundle(BookPageMessages.class);
    }

    /** Any message bundle in the reader's language (English, the bundles' default, is the interface itself). */
    public static <T> T bundle(Class<T> bundle) {
        String lang = language();
        return "en".equals(lang) ? MessageBundles.get(bundle) : MessageBundles.get(bundle, Localized.Literal.of(lang));
    }

    /** "en", "hi" or "ur": the reader's console language. */
    public static String language() {
        String lang = shared("{inject:console.language}", Map.of());
        return lang == null || lang.isBlank() ? "en" : lang;
    }

    public static Locale locale() {
        return Locale.forLanguageTag(language());
    }

    /** "6 Dec 2026" ("6 दिसंबर 2026"). */
    public static String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        String words = shared("{inject:words.date(d)}", Map.of("d", date));
        return words != null ? words : DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(date);
    }

    /** "6 Dec 2026, 21:55 IST": a moment in the unit's zone, the zone always named. */
    public static String time(Instant at, ZoneId zone) {
        if (at == null) {
            return "";
        }
        String words = shared("{inject:words.time(at, zone)}", Map.of("at", at, "zone", zone));
        return words != null ? words : DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).format(at.atZone(zone))
                + " " + zoneName(zone);
    }

    /** "Asha Das (staff)" for a console username; the username itself for a user no longer on record. */
    public static String consoleUser(String username) {
        return actor(username == null || username.isBlank() ? "" : "console:" + username);
    }

    /** Who did it, in words: "Rekha Kumari (bookkeeper)", "Asha Das (staff)"; never the stored reference. */
    public static String actor(String actorRef) {
        String words = shared("{inject:words.actor(ref)}", Map.of("ref", actorRef == null ? "" : actorRef));
        return words == null ? "" : words;
    }

    /** IST, PKT, or the zone's id. */
    public static String zoneName(ZoneId zone) {
        String id = zone.getId();
        return "Asia/Kolkata".equals(id) ? "IST" : "Asia/Karachi".equals(id) ? "PKT" : "Z".equals(id) || "UTC".equals(id) ? "UTC" : id;
    }

    /** One of the console's shared words rendered in this request, or null outside one. */
    private static String shared(String expression, Map<String, Object> data) {
        ArcContainer arc = Arc.container();
        if (arc == null || !arc.requestContext().isActive()) {
            return null;
        }
        Template t = SHARED.computeIfAbsent(expression, e -> arc.instance(Engine.class).get().parse(e));
        var instance = t.instance();
        data.forEach(instance::data);
        return instance.render();
    }
}
