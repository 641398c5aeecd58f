package org.sakhiline.admin.flows;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.sakhiline.menu.FlowDefinition;
import org.sakhiline.menu.MenuEngine;
import org.sakhiline.menu.NodeDef.OptionDef;
import org.sakhiline.menu.NodeDef;

/**
 * Writes a stored flow back as the files of {@code menus/<key>/}, in the same compact style as the
 * hand-written ones, so a version can be edited, diffed and committed. Loading what it writes gives the
 * same definition (same hash). Stored versions keep no comments or node order, so nodes come in walk
 * order from {@code start} and texts in the order the nodes use them, which keeps related lines together.
 */
public final class FlowYamlWriter {

    /** Scalars that YAML reads as themselves without quotes. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    /** Words YAML 1.1 would read as booleans or null. */
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null");

    private FlowYamlWriter() {}

    public static FlowFiles write(FlowDefinition def) {
        List<String> order = nodeOrder(def);
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> keyOrder = textKeyOrder(def, order);
        for (String lang : def.languages()) {
            texts.put(lang, textsYaml(def.texts().getOrDefault(lang, Map.of()), keyOrder));
        }
        return new FlowFiles(flowYaml(def, order), texts);
    }

    static String flowYaml(FlowDefinition def, List<String> order) {
        StringBuilder y = new StringBuilder();
        field(y, "", "key", def.key());
        field(y, "", "defaultLanguage", def.defaultLanguage());
        y.append("languages: ").append(flowList(def.languages())).append('\n');
        field(y, "", "start", def.start());
        field(y, "", "home", def.home());
        field(y, "", "pinGate", def.pinGate());
        y.append("\nnodes:\n");
        for (String id : order) {
            y.append("  ").append(scalar(id)).append(":\n");
            node(y, def.nodes().get(id));
        }
        return y.toString();
    }

    private static void node(StringBuilder y, NodeDef n) {
        String in = "    ";
        field(y, in, "kind", n.kind() == null ? null : n.kind().name().toLowerCase(Locale.ROOT));
        if (n.root()) {
            y.append(in).append("root: true\n");
        }
        if (n.requiresPin()) {
            y.append(in).append("requiresPin: true\n");
        }
        field(y, in, "input", n.input() == null ? null : n.input().name().toLowerCase(Locale.ROOT));
        field(y, in, "action", n.action());
        if (n.prompt().size() == 1) {
            field(y, in, "prompt", n.prompt().get(0));
        } else if (!n.prompt().isEmpty()) {
            y.append(in).append("prompt: ").append(flowList(n.prompt())).append('\n');
        }
        if (n.lines() != null) {
            Map<String, Object> lines = new LinkedHashMap<>();
            lines.put("from", n.lines().from());
            lines.put("prompt", n.lines().prompt());
            y.append(in).append("lines: ").append(flowMap(lines)).append('\n');
        }
        if (!n.options().isEmpty()) {
            y.append(in).append("options:\n");
            for (OptionDef o : n.options()) {
                Map<String, Object> option = new LinkedHashMap<>();
                option.put("digit", o.digit());
                option.put("label", o.label());
                option.put("target", o.target());
                if (!o.set().isEmpty()) {
                    option.put("set", new java.util.TreeMap<>(o.set()));
                }
                if (!o.roles().isEmpty()) {
                    option.put("roles", o.roles());
                }
                y.append(in).append("  - ").append(flowMap(option)).append('\n');
            }
        }
        field(y, in, "optionsFrom", n.optionsFrom());
        number(y, in, "minLength", n.minLength());
        number(y, in, "maxLength", n.maxLength());
        number(y, in, "min", n.min());
        number(y, in, "max", n.max());
        field(y, in, "store", n.store());
        field(y, in, "target", n.target());
        if (!n.on().isEmpty()) {
            y.append(in).append("on: ").append(flowMap(new LinkedHashMap<>(n.on()))).append('\n');
        }
        field(y, in, "next", n.next());
        field(y, in, "back", n.back());
        field(y, in, "hint", n.hint());
    }

    static String textsYaml(Map<String, String> texts, List<String> keyOrder) {
        if (texts.isEmpty()) {
            return "{}\n";
        }
        StringBuilder y = new StringBuilder();
        Set<String> keys = new LinkedHashSet<>();
        keyOrder.stream().filter(texts::containsKey).forEach(keys::add);
        keys.addAll(texts.keySet());
        for (String key : keys) {
            y.append(scalar(key)).append(": ").append(quoted(texts.get(key))).append('\n');
        }
        return y.toString();
    }

    /** Walk order from start (depth first), then home and the PIN gate, then anything left. */
    static List<String> nodeOrder(FlowDefinition def) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> roots = new ArrayList<>();
        roots.add(def.start());
        roots.add(def.home());
        roots.add(def.pinGate());
        for (String root : roots) {
            Deque<String> todo = new ArrayDeque<>();
            if (root != null) {
                todo.push(root);
            }
            while (!todo.isEmpty()) {
                String id = todo.pop();
                NodeDef n = def.nodes().get(id);
                if (n == null || !seen.add(id)) {
                    continue;
                }
                List<String> next = n.targets();
                for (int i = next.size() - 1; i >= 0; i--) {
                    todo.push(next.get(i));
                }
            }
        }
        seen.addAll(new TreeSet<>(def.nodes().keySet()));
        return List.copyOf(seen);
    }

    /** The engine's own keys first, then each key where a node first uses it. */
    static List<String> textKeyOrder(FlowDefinition def, List<String> nodeOrder) {
        Set<String> keys = new LinkedHashSet<>(List.of(MenuEngine.KEY_BACK, MenuEngine.KEY_MORE, MenuEngine.KEY_HINT_CHOICE));
        def.texts().values().forEach(t -> t.keySet().stream().filter(k -> k.startsWith("hint_")).sorted().forEach(keys::add));
        keys.add(MenuEngine.KEY_BUSY);
        for (String id : nodeOrder) {
            NodeDef n = def.nodes().get(id);
            keys.addAll(n.prompt());
            n.options().forEach(o -> {
                if (o.label() != null) {
                    keys.add(o.label());
                }
            });
            if (n.lines() != null && n.lines().prompt() != null) {
                keys.add(n.lines().prompt());
            }
            if (n.hint() != null) {
                keys.add(n.hint());
            }
        }
        return List.copyOf(keys);
    }

    private static void field(StringBuilder y, String indent, String name, String value) {
        if (value != null) {
            y.append(indent).append(name).append(": ").append(scalar(value)).append('\n');
        }
    }

    private static void number(StringBuilder y, String indent, String name, Number value) {
        if (value != null) {
            y.append(indent).append(name).append(": ").append(value).append('\n');
        }
    }

    private static String flowList(List<String> items) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        items.forEach(i -> j.add(scalar(i)));
        return j.toString();
    }

    private static String flowMap(Map<String, ?> map) {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        map.forEach((k, v) -> {
            if (v instanceof Map<?, ?> inner) {
                @SuppressWarnings("unchecked")
                Map<String, ?> m = (Map<String, ?>) inner;
                j.add(scalar(k) + ": " + flowMap(m));
            } else if (v instanceof List<?> list) {
                j.add(scalar(k) + ": " + flowList(list.stream().map(Object::toString).toList()));
            } else if (v != null) {
                j.add(scalar(k) + ": " + scalar(v.toString()));
            }
        });
        return j.toString();
    }

    /** Plain when YAML reads it back as the same string, else double-quoted. */
    static String scalar(String s) {
        return PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT)) ? s : quoted(s);
    }

    /** A YAML double-quoted scalar: backslash escapes for quotes, backslashes and anything unprintable. */
    static String quoted(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff
                            || (Character.isSurrogate(c) && !pairedSurrogate(s, i))) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    private static boolean pairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
