package org.sakhiline.menu;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A flow and its texts, as loaded from {@code menus/<key>/} or stored as a version: the unit that is
 * validated, hashed and published. {@code texts} maps language tag → prompt key → Qute template text.
 * {@code source} names the directory the files came from, for error messages.
 */
public record FlowDefinition(
        String key,
        String defaultLanguage,
        List<String> languages,
        String start,
        String home,
        String pinGate,
        Map<String, NodeDef> nodes,
        Map<String, Map<String, String>> texts,
        String source) {

    public FlowDefinition {
        languages = languages == null ? List.of() : List.copyOf(languages);
        nodes = nodes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        texts = texts == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        source = source == null ? "menus/" + key : source;
    }

    public NodeDef node(String id) {
        NodeDef n = nodes.get(id);
        if (n == null) {
            throw new IllegalArgumentException("flow " + key + " has no node '" + id + "'");
        }
        return n;
    }

    @JsonIgnore
    public String flowFile() {
        return source + "/flow.yaml";
    }

    public String textFile(String lang) {
        return source + "/texts/" + lang + ".yaml";
    }
}
