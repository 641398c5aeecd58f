package org.sakhiline.reminders;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sakhiline.support.i18n.Languages;

/**
 * Reminder texts per language from {@code menus/reminders/<lang>.yaml}, parsed once into Qute templates.
 * A key missing in {@code hi-Latn} falls back to {@code hi}, then to {@code en}; {@code dlt_<key>} entries
 * are India DLT template ids, not texts.
 */
public final class ReminderTemplates {

    /** Standalone Qute: thread-safe, no HTML escaping (plain SMS text), strict about unknown names. */
    private static final Engine QUTE = Engine.builder().addDefaults().build();
    private static final String DLT_PREFIX = "dlt_";

    public static final List<String> LANGUAGES = Languages.TAGS;
    public static final List<String> SMS_KEYS = List.of("meeting", "due", "overdue");
    public static final List<String> VOICE_KEYS = List.of("meeting_voice", "due_voice", "overdue_voice");
    public static final List<String> REPLY_KEYS = List.of("stopped", "started", "not_registered");

    private final Map<String, Map<String, Template>> templates;
    private final Map<String, Map<String, String>> dltIds;
    private final Map<String, Map<String, String>> sources;

    private ReminderTemplates(Map<String, Map<String, Template>> templates, Map<String, Map<String, String>> dltIds,
                              Map<String, Map<String, String>> sources) {
        this.templates = templates;
        this.dltIds = dltIds;
        this.sources = sources;
    }

    /** From {@code dir/<lang>.yaml} when a directory is given, else from the classpath copy. */
    public static ReminderTemplates load(Path dir) {
        Map<String, Map<String, String>> raw = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            try (InputStream in = dir != null ? Files.newInputStream(dir.resolve(lang + ".yaml"))
                    : ReminderTemplates.class.getClassLoader().getResourceAsStream("menus/reminders/" + lang + ".yaml")) {
                if (in == null) {
                    throw new IllegalStateException("menus/reminders/" + lang + ".yaml is missing");
                }
                raw.put(lang, read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read reminder templates for " + lang, e);
            }
        }
        return fromTexts(raw);
    }

    /** From texts already read: language → key → Qute text. */
    public static ReminderTemplates fromTexts(Map<String, Map<String, String>> raw) {
        Map<String, Map<String, Template>> templates = new HashMap<>();
        Map<String, Map<String, String>> dlt = new HashMap<>();
        Map<String, Map<String, String>> sources = new HashMap<>();
        raw.forEach((lang, texts) -> {
            Map<String, String> source = new HashMap<>();
            Map<String, Template> parsed = new HashMap<>();
            Map<String, String> ids = new HashMap<>();
            texts.forEach((key, text) -> {
                if (key.startsWith(DLT_PREFIX)) {
                    if (text != null && !text.isBlank()) {
                        ids.put(key.substring(DLT_PREFIX.length()), text.trim());
                    }
                } else {
                    parsed.put(key, QUTE.parse(text));
                    source.put(key, text);
                }
            });
            templates.put(lang, Map.copyOf(parsed));
            sources.put(lang, Map.copyOf(source));
            dlt.put(lang, Map.copyOf(ids));
        });
        return new ReminderTemplates(Map.copyOf(templates), Map.copyOf(dlt), Map.copyOf(sources));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> read(InputStream in) throws IOException {
        Map<String, Object> yaml = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
        Map<String, String> texts = new LinkedHashMap<>();
        yaml.forEach((k, v) -> texts.put(k, v == null ? null : v.toString()));
        return texts;
    }

    /** The language whose text is used for {@code key}: the tag itself, its base language, else English. */
    public String effectiveLanguage(String langTag, String key) {
        for (String l : new String[] {langTag, Languages.base(langTag), "en"}) {
            Map<String, Template> byKey = templates.get(l);
            if (byKey != null && byKey.containsKey(key)) {
                return l;
            }
        }
        throw new IllegalStateException("no reminder text '" + key + "' in any language");
    }

    /** Renders {@code key} in the member's language (with fallback); values are plain strings. */
    public String render(String langTag, String key, Map<String, Object> values) {
        String lang = effectiveLanguage(langTag, key);
        var instance = templates.get(lang).get(key).instance();
        values.forEach(instance::data);
        return instance.render().strip();
    }

    /** India DLT template id registered for this text in this language, or null. */
    public String dltId(String langTag, String key) {
        return dltIds.getOrDefault(effectiveLanguage(langTag, key), Map.of()).get(key);
    }

    /** The Qute source of {@code key} as written in exactly {@code lang}, or null. */
    public String source(String lang, String key) {
        return sources.getOrDefault(lang, Map.of()).get(key);
    }

    /** Keys defined directly (without fallback) in a language. */
    public java.util.Set<String> keys(String lang) {
        return templates.getOrDefault(lang, Map.of()).keySet();
    }
}
