package org.sakhiline.channel.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sakhiline.messaging.DltConfig;
import org.sakhiline.messaging.SmsRouting;
import org.sakhiline.support.i18n.Languages;

/**
 * SMS reply texts, one file per language and script variant: {@code menus/sms/<tag>.yaml} with
 * {@code texts:} (key → Qute template, values pre-formatted strings) and {@code dlt:} (key → India DLT
 * content template id, empty outside India). A missing key falls back tag → base language → en.
 */
@ApplicationScoped
public class SmsTemplates {

    public static final List<String> LANGUAGES = Languages.TAGS;
    private static final Engine QUTE = Engine.builder().addDefaults().build();

    /** A rendered text with the template it came from (key, language actually used, DLT id or null). */
    public record Rendered(String text, String key, String language, String dltTemplateId) {}

    private record Entry(Template template, String source, String dltTemplateId) {}

    private final Map<String, Map<String, Entry>> byLanguage = new HashMap<>();
    /** Languages whose texts cut free-text values to their DLT variables: set only while India is routed. */
    private volatile Set<String> dltLanguages = Set.of();

    public SmsTemplates() {
        for (String lang : LANGUAGES) {
            byLanguage.put(lang, load(lang));
        }
    }

    /**
     * From now on, texts in these languages cut names, places and lists to what their DLT variables hold
     * ({@link DltVariables}), so that every rendering matches its registration. Elsewhere nothing is cut.
     */
    public SmsTemplates clippingFor(Set<String> languages) {
        this.dltLanguages = Set.copyOf(languages);
        return this;
    }

    @Inject
    void clipWhileIndiaIsRouted(SmsRouting routing, DltConfig dlt) {
        if (routing.indiaRouted()) {
            clippingFor(new HashSet<>(dlt.languages()));
        }
    }

    public Rendered render(String langTag, String key, Map<String, ?> values) {
        String lang = resolve(langTag, key);
        Entry e = byLanguage.get(lang).get(key);
        TemplateInstance instance = e.template().instance();
        (dltLanguages.contains(lang) ? DltVariables.clip(values) : values).forEach(instance::data);
        return new Rendered(instance.render().strip(), key, lang, e.dltTemplateId());
    }

    public Rendered render(String langTag, String key) {
        return render(langTag, key, Map.of());
    }

    /** Keys defined in one file (not counting fallbacks). */
    public Map<String, String> source(String lang) {
        Map<String, String> out = new LinkedHashMap<>();
        byLanguage.getOrDefault(lang, Map.of()).forEach((k, e) -> out.put(k, e.source()));
        return out;
    }

    /** The India DLT template id registered for {@code key} in exactly {@code lang} (no fallback), or null. */
    public String dltTemplateId(String lang, String key) {
        Entry e = byLanguage.getOrDefault(lang, Map.of()).get(key);
        return e == null ? null : e.dltTemplateId();
    }

    /** The language whose text {@code key} is sent in for a member of {@code tag}: the tag, its base, else en. */
    public String resolve(String tag, String key) {
        String t = tag == null ? "en" : tag;
        if (has(t, key)) {
            return t;
        }
        if (has(Languages.base(t), key)) {
            return Languages.base(t);
        }
        if (has("en", key)) {
            return "en";
        }
        throw new IllegalArgumentException("no SMS text '" + key + "' in any language");
    }

    private boolean has(String lang, String key) {
        Map<String, Entry> m = byLanguage.get(lang);
        return m != null && m.containsKey(key);
    }

    private static Map<String, Entry> load(String lang) {
        String resource = "menus/sms/" + lang + ".yaml";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            JsonNode root = new YAMLMapper().readTree(in);
            JsonNode dlt = root.path("dlt");
            Map<String, Entry> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("texts").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String id = dlt.path(f.getKey()).asText("");
                out.put(f.getKey(), new Entry(QUTE.parse(f.getValue().asText()), f.getValue().asText(),
                        id.isBlank() ? null : id.strip()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
