package org.sakhiline.admin.web;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.sakhiline.access.ConsoleUser;
import org.sakhiline.books.members.Member;
import org.sakhiline.books.org.Country;
import org.sakhiline.books.org.OrgUnit;
import org.sakhiline.books.org.ShgProfile;
import org.sakhiline.books.staff.Staff;
import org.sakhiline.support.i18n.Money;

/**
 * Words, not codes, for whatever a console page shows a person, in the signed-in user's language: who did something
 * ("Rekha Kumari (bookkeeper) by SMS"), enums ("waiting to send"), times with their zone named ("6 Dec 2026, 21:55
 * IST"), rupees in Indian grouping, plural-aware counts. Templates: {@code {inject:words.actor(e.actor, e.channel)}};
 * Java: inject it, or {@link #bundle(Class)} for a localized message bundle of your own.
 */
@Named("words")
@RequestScoped
public class ConsoleWords {

    private static final Logger LOG = Logger.getLogger(ConsoleWords.class);
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");
    /** Dynamic-key lookups, one parsed template per bundle and number of parameters (shared by all requests). */
    private static final Map<String, Template> LOOKUPS = new ConcurrentHashMap<>();

    private final ConsoleContext console;
    private final Engine engine;
    private final ZoneId defaultZone;
    private final Map<String, String> actors = new HashMap<>();
    private final Map<Long, ZoneId> zones = new HashMap<>();

    public ConsoleWords(ConsoleContext console, Engine engine,
            @ConfigProperty(name = "sakhiline.console.default-zone", defaultValue = "Asia/Kolkata") String defaultZone) {
        this.console = console;
        this.engine = engine;
        this.defaultZone = ZoneId.of(defaultZone);
    }

    // ---- bundles and messages -------------------------------------------------------------------------------

    /** This request's language of any console message bundle, e.g. {@code words.bundle(RecordMessages.class).title()}. */
    public <T> T bundle(Class<T> type) {
        return bundle(type, console.language());
    }

    /** A message bundle in a given language ("en", "hi", "ur"); English is the interface itself. */
    public static <T> T bundle(Class<T> type, String language) {
        return ConsoleLanguage.EN.tag.equals(language) || !ConsoleLanguage.supported(language)
                ? MessageBundles.get(type) : MessageBundles.get(type, Localized.Literal.of(language));
    }

    public ConsoleMessages msg() {
        return bundle(ConsoleMessages.class);
    }

    /**
     * A message by key, in this request's language: {@code "error_404_title"} from {@code msg}, or {@code "rec:outbox_title"}
     * from another bundle; parameters in the order the message declares them. Null when the bundle has no such key.
     */
    public String message(String key, Object... params) {
        int colon = key.indexOf(':');
        String namespace = colon < 0 ? "msg" : key.substring(0, colon);
        String bare = colon < 0 ? key : key.substring(colon + 1);
        StringBuilder expression = new StringBuilder("{").append(namespace).append(":message(key");
        for (int i = 0; i < params.length; i++) {
            expression.append(", p").append(i);
        }
        expression.append(")}");
        Template lookup = LOOKUPS.computeIfAbsent(expression.toString(), engine::parse);
        TemplateInstance instance = lookup.data("key", bare).setLocale(console.locale());
        for (int i = 0; i < params.length; i++) {
            instance.data("p" + i, params[i]);
        }
        try {
            String text = instance.render();
            return text.isEmpty() || text.startsWith("NOT_FOUND") ? null : text;
        } catch (RuntimeException missing) {
            LOG.debugf("no message %s: %s", key, missing.getMessage());
            return null;
        }
    }

    /** "1 entry" / "3 entries" (Hindi counts 0 and 1 as one): the message takes the number as its only parameter. */
    public String count(long n, String keyOne, String keyOther) {
        String category = PluralRules.forLocale(ULocale.forLocale(console.locale())).select(n);
        String text = message("one".equals(category) ? keyOne : keyOther, n);
        return text == null ? Long.toString(n) : text;
    }

    // ---- enums ---------------------------------------------------------------------------------------------

    /** The word for an enum constant: key {@code enum_<SimpleTypeName>_<NAME>} in {@code msg}. */
    public String enumWord(Enum<?> value) {
        return value == null ? "" : enumWord(value.getDeclaringClass().getSimpleName(), value.name());
    }

    /** For enums stored as strings (import status, ...): {@code enumWord("ImportStatus", "DONE")}. */
    public String enumWord(String type, String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String text = message("enum_" + type + "_" + name);
        if (text == null) {
            LOG.warnf("console has no word for %s.%s: add enum_%s_%s to the msg bundle", type, name, type, name);
            return name.toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        return text;
    }

    /** A channel (books Channel name, or any channel enum) as a word: "SMS", "console", "phone call (IVR)". */
    public String channel(Object channel) {
        if (channel instanceof Enum<?> e) {
            return enumWord(e);
        }
        return channel == null ? "" : enumWord("Channel", channel.toString().toUpperCase(Locale.ROOT));
    }

    // ---- actors ---------------------------------------------------------------------------------------------

    /** Who did it, without the channel: "Rekha Kumari (bookkeeper)". */
    public String actor(String actorRef) {
        return actors.computeIfAbsent(actorRef == null ? "" : actorRef, this::who);
    }

    /** Who did it and how: "Rekha Kumari (bookkeeper) by SMS", "admin (administrator) in the console". */
    public String actor(String actorRef, Object channel) {
        String who = actor(actorRef);
        if (channel == null) {
            return who;
        }
        String name = channel instanceof Enum<?> e ? e.name() : channel.toString().toUpperCase(Locale.ROOT);
        String via = message("actor_via_" + name, who);
        return via == null ? who : via;
    }

    private String who(String ref) {
        ConsoleMessages msg = msg();
        if (ref.isBlank()) {
            return msg.actor_someone();
        }
        int colon = ref.indexOf(':');
        if (colon < 0) {
            return consoleUser(ref);   // legacy rows: a bare console username
        }
        String kind = ref.substring(0, colon);
        String rest = ref.substring(colon + 1);
        switch (kind) {
            case "member": {
                Member m = number(rest) == null ? null : Member.findById(number(rest));
                return m == null ? msg.actor_gone_member() : msg.actor_person(m.name, enumWord(m.role));
            }
            case "staff": {
                Staff s = number(rest) == null ? null : Staff.findById(number(rest));
                return s == null ? msg.actor_gone_staff() : msg.actor_person(s.name, enumWord(s.role));
            }
            case "console":
                return consoleUser(rest);
            case "import":
                return rest.contains(":") ? enumWord("Channel", "IMPORT") : msg.actor_import(consoleName(rest));
            case "system": {
                String job = message("job_" + rest.replace('-', '_'));
                return msg.actor_system(job == null ? msg.job_other() : job);
            }
            default:
                return msg.actor_someone();
        }
    }

    private String consoleUser(String username) {
        ConsoleUser user = ConsoleUser.byUsername(username).orElse(null);
        return user == null ? username : msg().actor_person(consoleName(username), enumWord(user.consoleRole()));
    }

    private static String consoleName(String username) {
        ConsoleUser user = ConsoleUser.byUsername(username).orElse(null);
        return user == null || user.displayName == null || user.displayName.isBlank() ? username : user.displayName;
    }

    private static Long number(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- times, dates, zones, money ----------------------------------------------------------------------------

    /** "6 Dec 2026, 21:55 IST" ("6 दिसंबर 2026, 21:55 IST"): the moment in that zone, the zone named. */
    public String time(Instant at, ZoneId zone) {
        if (at == null) {
            return "";
        }
        ZoneId z = zone == null ? defaultZone : zone;
        SimpleDateFormat format = format(latin() ? "d MMM yyyy, HH:mm" : "d MMMM yyyy, HH:mm");
        format.setTimeZone(TimeZone.getTimeZone(z.getId()));
        return format.format(Date.from(at)) + " " + zoneName(z);
    }

    /** {@link #time} in the zone of an org unit (its SHG profile's zone, else its country's). */
    public String timeIn(Instant at, Long orgUnitId) {
        return time(at, zoneOf(orgUnitId));
    }

    /** "6 Dec 2026" / "6 दिसंबर 2026". */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        SimpleDateFormat format = format(latin() ? "d MMM yyyy" : "d MMMM yyyy");
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    /** IST, PKT, UTC, or the zone's id for anything else. */
    public static String zoneName(ZoneId zone) {
        if (INDIA.equals(zone)) {
            return "IST";
        }
        if (PAKISTAN.equals(zone)) {
            return "PKT";
        }
        return "Z".equals(zone.getId()) || "UTC".equals(zone.getId()) ? "UTC" : zone.getId();
    }

    /** The org unit's time zone: its SHG profile's, else its country's; the console's default for null or unknown. */
    public ZoneId zoneOf(Long orgUnitId) {
        if (orgUnitId == null) {
            return defaultZone;
        }
        return zones.computeIfAbsent(orgUnitId, id -> {
            ShgProfile profile = ShgProfile.findById(id);
            if (profile != null && profile.timeZone != null) {
                return ZoneId.of(profile.timeZone);
            }
            OrgUnit unit = OrgUnit.findById(id);
            return unit == null ? defaultZone : unit.country == Country.PK ? PAKISTAN : INDIA;
        });
    }

    /** "₹1,23,456.50" (Indian grouping) for India, "Rs 123,456" for Pakistan ({@code country} "PK"). */
    public String rupees(long paise, String country) {
        String plain = Money.format(paise, "PK".equals(country) ? Locale.forLanguageTag("ur-PK") : Locale.forLanguageTag("hi-IN"));
        return "PK".equals(country) ? plain : plain.replace("Rs ", "₹");
    }

    public String rupees(long paise) {
        return rupees(paise, "IN");
    }

    private boolean latin() {
        return ConsoleLanguage.EN.tag.equals(console.language());
    }

    private SimpleDateFormat format(String pattern) {
        return new SimpleDateFormat(pattern, new ULocale(console.language() + "@numbers=latn"));
    }
}
