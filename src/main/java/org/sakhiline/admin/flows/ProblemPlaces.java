package org.sakhiline.admin.flows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sakhiline.menu.FlowDefinition;
import org.sakhiline.menu.FlowProblem;
import org.sakhiline.menu.MenuEngine;
import org.sakhiline.menu.NodeDef;

/**
 * Puts each problem of a draft where the editor can fix it: the text key it concerns and the line of that
 * key (or of the node) in the file as typed, so the page can name both and jump to the field. The
 * validator speaks of files, nodes and languages; this reads its words and the draft's YAML, nothing more.
 */
public final class ProblemPlaces {

    /** A key quoted in the validator's and loader's messages: "missing translation 'x'", "text 'x' uses …". */
    private static final Pattern QUOTED_KEY = Pattern.compile("(?:translation|text) '([^']+)'");
    private static final Pattern LOADER_LINE = Pattern.compile("\\(line (\\d+)\\)|line (\\d+)");
    private static final Pattern TOP_FIELD = Pattern.compile("^(key|languages|defaultLanguage|default language|start|home|pinGate)\\b");

    /**
     * One problem placed: {@code field} is the textarea's id, {@code line} 1-based (0 when the file has no
     * such line: a missing key is added at the end), {@code keyMissing} when the key is not in the file.
     */
    public record Placed(FlowProblem problem, String key, String field, int line, boolean keyMissing) {
        public String file() {
            return problem.file();
        }

        public String node() {
            return problem.node();
        }

        public String language() {
            return problem.language();
        }

        public String message() {
            return problem.message();
        }

        /** Link target: the field itself; the page's script moves the caret to {@link #line()}. */
        public String href() {
            return "#" + field + (line > 0 ? "-line-" + line : "");
        }
    }

    private ProblemPlaces() {}

    public static List<Placed> of(List<FlowProblem> problems, FlowFiles files, FlowDefinition definition) {
        List<Placed> placed = new ArrayList<>();
        for (FlowProblem p : problems) {
            placed.add(place(p, files, definition));
        }
        return placed;
    }

    static Placed place(FlowProblem p, FlowFiles files, FlowDefinition definition) {
        String lang = languageOfFile(p.file());
        String field = lang == null ? "flow-yaml" : "texts-" + lang;
        String yaml = lang == null ? files.flowYaml() : files.texts().getOrDefault(lang, "");
        Optional<Integer> loaderLine = loaderLine(p.message());
        if (loaderLine.isPresent()) {
            return new Placed(p, null, field, loaderLine.get(), false);
        }
        String key = quotedKey(p.message()).orElse(null);
        if (key == null && lang != null && p.node() != null) {
            key = culprit(definition, p.node(), files.texts().getOrDefault(lang, "")).orElse(null);
        }
        if (key != null && lang != null) {
            int line = keyLine(yaml, key);
            return new Placed(p, key, field, line, line == 0);
        }
        if (p.node() != null) {
            return new Placed(p, key, "flow-yaml", nodeLine(files.flowYaml(), p.node()), false);
        }
        Matcher top = TOP_FIELD.matcher(p.message());
        int line = top.find() ? keyLine(files.flowYaml(), top.group(1).equals("default language") ? "defaultLanguage" : top.group(1)) : 0;
        return new Placed(p, null, field, line, false);
    }

    /** {@code menus/main/texts/hi.yaml} → "hi"; null for flow.yaml. */
    static String languageOfFile(String file) {
        if (file == null) {
            return null;
        }
        int at = file.lastIndexOf("/texts/");
        return at < 0 || !file.endsWith(".yaml") ? null : file.substring(at + "/texts/".length(), file.length() - ".yaml".length());
    }

    static Optional<String> quotedKey(String message) {
        Matcher m = QUOTED_KEY.matcher(message == null ? "" : message);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<Integer> loaderLine(String message) {
        if (message == null || !(message.contains("(line ") || message.startsWith("line "))) {
            return Optional.empty();
        }
        Matcher m = LOADER_LINE.matcher(message);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2))) : Optional.empty();
    }

    /** The texts a node's screen is built from: its prompts, option labels, list line and re-ask hint. */
    static Set<String> screenKeys(NodeDef n) {
        Set<String> keys = new LinkedHashSet<>(n.prompt());
        n.options().forEach(o -> keys.add(o.label()));
        if (n.lines() != null) {
            keys.add(n.lines().prompt());
        }
        if (n.waits()) {
            keys.add(MenuEngine.hintKey(n));
        }
        return keys;
    }

    /** For a screen that is too long: its longest text in this language, the likeliest one to shorten. */
    private static Optional<String> culprit(FlowDefinition definition, String node, String yaml) {
        if (definition == null || !definition.nodes().containsKey(node)) {
            return Optional.empty();
        }
        Map<String, String> texts = YamlLines.values(yaml);
        return screenKeys(definition.nodes().get(node)).stream().filter(texts::containsKey)
                .max(Comparator.comparingInt((String k) -> texts.get(k).length()));
    }

    /** 1-based line where {@code key} is defined at the top level of a YAML map; 0 when absent. */
    static int keyLine(String yaml, String key) {
        return YamlLines.lineOf(yaml, key, 0, false);
    }

    /** 1-based line of node {@code node} under {@code nodes:} in flow.yaml; 0 when absent. */
    static int nodeLine(String flowYaml, String node) {
        int nodes = YamlLines.lineOf(flowYaml, "nodes", 0, false);
        return nodes == 0 ? 0 : YamlLines.lineOf(flowYaml, node, nodes, true);
    }
}
