package org.sakhiline.menu;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Expression;
import io.quarkus.qute.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sakhiline.support.i18n.Languages;

/**
 * One immutable, published version of a flow with its texts parsed into Qute templates once, so a hop
 * only renders. Sessions hold its {@link #id()}; {@code FlowStore} caches versions by id.
 */
public final class FlowVersion {

    /** Standalone Qute (no Quarkus needed): thread-safe, no HTML escaping, which plain-text screens want. */
    static final Engine QUTE = Engine.builder().addDefaults().build();

    private final long id;
    private final int number;
    private final String hash;
    private final FlowDefinition definition;
    private final Map<String, Map<String, Text>> texts;

    /** A parsed text and the value names it uses. */
    public record Text(String key, Template template, List<String> names) {}

    private FlowVersion(long id, int number, String hash, FlowDefinition definition, Map<String, Map<String, Text>> texts) {
        this.id = id;
        this.number = number;
        this.hash = hash;
        this.definition = definition;
        this.texts = texts;
    }

    /** Parses every text of a (validated) definition. */
    public static FlowVersion compile(long id, int number, FlowDefinition definition) {
        Map<String, Map<String, Text>> texts = new HashMap<>();
        definition.texts().forEach((lang, byKey) -> {
            Map<String, Text> parsed = new HashMap<>();
            byKey.forEach((key, text) -> parsed.put(key, parse(key, text)));
            texts.put(lang, Map.copyOf(parsed));
        });
        return new FlowVersion(id, number, FlowLoader.hash(definition), definition, Map.copyOf(texts));
    }

    static Text parse(String key, String text) {
        Template template = QUTE.parse(text);
        return new Text(key, template, names(template));
    }

    /** Root names of a template's expressions: {@code {amount}} → amount. */
    static List<String> names(Template template) {
        Set<String> names = new LinkedHashSet<>();
        for (Expression e : template.getExpressions()) {
            if (!e.isLiteral() && !e.getParts().isEmpty()) {
                names.add(e.getParts().get(0).getName());
            }
        }
        return List.copyOf(names);
    }

    public long id() {
        return id;
    }

    public int number() {
        return number;
    }

    public String hash() {
        return hash;
    }

    public String key() {
        return definition.key();
    }

    public FlowDefinition definition() {
        return definition;
    }

    /** Requested tag → its base language → the flow's default → English. */
    public List<String> fallback(String lang) {
        Set<String> chain = new LinkedHashSet<>();
        if (lang != null) {
            chain.add(lang);
            chain.add(Languages.base(lang));
        }
        chain.add(definition.defaultLanguage());
        chain.add("en");
        return new ArrayList<>(chain);
    }

    /** The text for {@code key} in the first language of the fallback chain that has it. */
    public Text text(String lang, String key) {
        for (String l : fallback(lang)) {
            Map<String, Text> byKey = texts.get(l);
            if (byKey != null && byKey.containsKey(key)) {
                return byKey.get(key);
            }
        }
        throw new IllegalStateException("flow " + key() + " v" + number + " has no text '" + key + "' for " + lang);
    }

    /** True when some language of the fallback chain has a text for {@code key}. */
    public boolean hasText(String lang, String key) {
        return fallback(lang).stream().anyMatch(l -> texts.containsKey(l) && texts.get(l).containsKey(key));
    }

    /** The language texts will actually be rendered in for a requested tag. */
    public String effectiveLanguage(String lang) {
        for (String l : fallback(lang)) {
            if (texts.containsKey(l)) {
                return l;
            }
        }
        return "en";
    }

    @Override
    public String toString() {
        return "FlowVersion[" + key() + " v" + number + " id=" + id + "]";
    }
}
