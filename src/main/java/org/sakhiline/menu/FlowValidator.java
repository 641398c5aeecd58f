package org.sakhiline.menu;

import io.quarkus.qute.TemplateException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sakhiline.menu.NodeDef.OptionDef;

/**
 * Refuses a flow that could strand or confuse a caller: unknown targets and actions, unreachable nodes,
 * nodes with no way out, walks that never wait, missing or unparsable translations, placeholders no
 * action provides, answers no node collects, and screens that do not fit the USSD limit in some language
 * when every placeholder takes its widest value. Every problem names the file, node and language.
 */
public final class FlowValidator {

    /**
     * One screen as the validator measures it: a waiting or end node in one language, every placeholder at
     * its widest, in the costliest way it can appear (below a message, or re-asked with a hint).
     *
     * @param shownAfter message nodes above it, or the hint key when re-asked; empty when shown alone
     */
    public record ScreenSample(String node, String language, String text, int cost, int capacity, boolean ucs2,
                               List<String> shownAfter) {
        public boolean fits() {
            return cost <= capacity;
        }
    }

    /** Problems, and the screens measured (empty when the flow is too broken to walk). */
    public record Report(List<FlowProblem> problems, List<ScreenSample> screens) {}

    private final Map<String, ActionSpec> actions;
    private final Map<String, ValueSpec> valueSpecs;
    private final ScreenLimits limits;

    public FlowValidator(Map<String, ActionSpec> actions, ScreenLimits limits) {
        this.actions = Map.copyOf(actions);
        Map<String, ValueSpec> specs = new HashMap<>();
        actions.values().forEach(a -> specs.putAll(a.exposes()));
        this.valueSpecs = Map.copyOf(specs);
        this.limits = limits;
    }

    public static FlowValidator standard() {
        return new FlowValidator(MenuActions.standard(), ScreenLimits.USSD);
    }

    public List<FlowProblem> validate(FlowDefinition def) {
        return check(def).problems();
    }

    /**
     * Validates and measures every screen. Screens are measured whenever the structure holds together, so
     * a preview can show them beside other problems; oversized screens are reported only when nothing
     * earlier failed (a missing text would make every size meaningless).
     */
    public Report check(FlowDefinition def) {
        Run run = new Run(def);
        run.structure();
        if (!run.problems.isEmpty()) {
            return new Report(List.copyOf(run.problems), List.of());
        }
        FlowGraph graph = new FlowGraph(def, actions);
        graph.unreachable().forEach(id -> run.problem(id, null, "unreachable from start '" + def.start() + "'"));
        graph.loopingBackWithoutWait().forEach(id ->
                run.problem(id, null, "actions and messages loop back here without waiting for input"));
        run.translations();
        Map<String, Set<String>> scope = graph.valuesInScope();
        boolean clean = run.problems.isEmpty();
        if (clean) {
            run.placeholders(scope);
            clean = run.problems.isEmpty();
        }
        List<ScreenSample> screens = new FlowScreens(def, run.parsed, scope, valueSpecs, limits, graph::successors).measure();
        if (clean) {
            for (ScreenSample worst : screens) {
                if (!worst.fits()) {
                    run.problem(worst.node(), worst.language(), String.format("screen needs %d of %d %s with the widest values: %s",
                            worst.cost(), worst.capacity(), worst.ucs2() ? "UCS-2 units" : "GSM-7 chars",
                            worst.text().replace("\n", " | ")));
                }
            }
        }
        return new Report(List.copyOf(run.problems), screens);
    }

    /** One validation pass over one definition. */
    private final class Run {
        final FlowDefinition def;
        final String flowFile;
        final List<FlowProblem> problems = new ArrayList<>();
        final Map<String, Map<String, FlowVersion.Text>> parsed = new HashMap<>();

        Run(FlowDefinition def) {
            this.def = def;
            this.flowFile = def.flowFile();
        }

        void problem(String node, String lang, String message) {
            problems.add(new FlowProblem(lang == null ? flowFile : def.textFile(lang), node, lang, message));
        }

        boolean known(String target) {
            return NodeDef.RETURN.equals(target) || def.nodes().containsKey(target);
        }

        // ---- structure: fields each kind needs, known targets, actions and their outcomes ----
        void structure() {
            if (def.key() == null || def.key().isBlank()) {
                problem(null, null, "flow has no key");
            }
            if (def.languages().isEmpty()) {
                problem(null, null, "flow lists no languages");
            } else if (!def.languages().contains(def.defaultLanguage())) {
                problem(null, null, "default language '" + def.defaultLanguage() + "' is not among the languages");
            }
            if (def.nodes().isEmpty()) {
                problem(null, null, "flow has no nodes");
                return;
            }
            for (String[] ref : new String[][] {{"start", def.start()}, {"home", def.home()}}) {
                if (ref[1] == null || !def.nodes().containsKey(ref[1])) {
                    problem(null, null, ref[0] + " '" + ref[1] + "' is not a node");
                }
            }
            boolean anyPin = def.nodes().values().stream().anyMatch(NodeDef::requiresPin);
            if (anyPin && (def.pinGate() == null || !def.nodes().containsKey(def.pinGate()))) {
                problem(null, null, "nodes require a PIN but pinGate '" + def.pinGate() + "' is not a node");
            } else if (anyPin && def.nodes().get(def.pinGate()).requiresPin()) {
                problem(def.pinGate(), null, "the PIN gate itself cannot require a PIN");
            }
            Set<String> provided = new HashSet<>();
            def.nodes().forEach((id, n) -> {
                if (n.kind() == null) {
                    problem(id, null, "node has no kind");
                    return;
                }
                if (n.store() != null) {
                    provided.add(n.store());
                }
                n.options().forEach(o -> provided.addAll(o.set().keySet()));
                if (n.optionsFrom() != null) {
                    provided.add(MenuActions.CHOICE);
                }
                for (String t : n.targets()) {
                    if (t == null || !known(t)) {
                        problem(id, null, "unknown target '" + t + "'");
                    }
                }
                if (n.back() != null && !n.waits()) {
                    problem(id, null, "only a menu or an input can say where \"0\" goes (back)");
                }
                switch (n.kind()) {
                    case MENU -> menu(id, n);
                    case INPUT -> {
                        if (n.input() == null || n.store() == null || n.target() == null) {
                            problem(id, null, "input needs input kind, store and target (no way out otherwise)");
                        }
                        if (n.prompt().isEmpty()) {
                            problem(id, null, "input has no prompt");
                        }
                    }
                    case ACTION -> action(id, n);
                    case MESSAGE -> {
                        if (n.next() == null) {
                            problem(id, null, "message has no next node (no way out)");
                        }
                        if (n.prompt().isEmpty()) {
                            problem(id, null, "message has no prompt");
                        }
                    }
                    case END -> {
                        if (n.prompt().isEmpty()) {
                            problem(id, null, "end has no prompt");
                        }
                        if (!n.targets().isEmpty()) {
                            problem(id, null, "end node cannot lead anywhere");
                        }
                    }
                }
            });
            def.nodes().forEach((id, n) -> {
                if (n.kind() == NodeKind.ACTION && actions.containsKey(n.action())) {
                    for (String read : actions.get(n.action()).reads()) {
                        if (!provided.contains(read)) {
                            problem(id, null, "action " + n.action() + " reads '" + read + "' but no input stores it");
                        }
                    }
                }
                n.options().forEach(o -> {
                    String lang = o.set().get("lang");
                    if (lang != null && !def.languages().contains(lang)) {
                        problem(id, null, "option " + o.digit() + " sets unknown language '" + lang + "'");
                    }
                });
            });
        }

        void menu(String id, NodeDef n) {
            Map<String, List<OptionDef>> byDigit = new HashMap<>();
            for (OptionDef o : n.options()) {
                for (String role : o.roles()) {
                    if (!MenuActions.ROLES.contains(role)) {
                        problem(id, null, "option " + o.digit() + " names unknown role '" + role + "' (known: "
                                + new java.util.TreeSet<>(MenuActions.ROLES) + ")");
                    }
                }
                if (o.digit() == null || !o.digit().matches("[1-9]")) {
                    problem(id, null, "option digit '" + o.digit() + "' must be 1-9 (0 and 00 are navigation)");
                } else {
                    List<OptionDef> same = byDigit.computeIfAbsent(o.digit(), d -> new ArrayList<>());
                    // One digit may serve two roles (a leader's 7, a bookkeeper's 7), never one caller twice.
                    if (same.stream().anyMatch(other -> !disjointRoles(other, o))) {
                        problem(id, null, "option digit " + o.digit() + " used twice");
                    }
                    same.add(o);
                }
                if (o.label() == null) {
                    problem(id, null, "option " + o.digit() + " has no label");
                }
            }
            if (n.optionsFrom() != null) {
                ValueSpec list = valueSpecs.get(n.optionsFrom());
                if (list == null || list.type() != ValueType.LIST || !list.item().containsKey("label")) {
                    problem(id, null, "optionsFrom '" + n.optionsFrom() + "' is not a list of labelled items any action exposes");
                }
                if (n.target() == null) {
                    problem(id, null, "optionsFrom needs a target (no way out otherwise)");
                }
                if (!n.options().isEmpty()) {
                    problem(id, null, "a menu has either options or optionsFrom");
                }
            }
            if (n.options().isEmpty() && n.optionsFrom() == null && (n.root() || id.equals(def.start()))) {
                problem(id, null, "menu has no options and no screen to go back to (no way out)");
            }
            if (n.prompt().isEmpty() && n.options().isEmpty() && n.optionsFrom() == null) {
                problem(id, null, "menu shows nothing");
            }
            if (n.lines() != null) {
                ValueSpec list = valueSpecs.get(n.lines().from());
                if (list == null || list.type() != ValueType.LIST) {
                    problem(id, null, "lines from '" + n.lines().from() + "' is not a list any action exposes");
                }
                if (n.lines().prompt() == null) {
                    problem(id, null, "lines need a prompt");
                }
            }
        }

        static boolean disjointRoles(OptionDef a, OptionDef b) {
            return !a.roles().isEmpty() && !b.roles().isEmpty() && a.roles().stream().noneMatch(b.roles()::contains);
        }

        void action(String id, NodeDef n) {
            ActionSpec spec = actions.get(n.action());
            if (spec == null) {
                problem(id, null, "unknown action '" + n.action() + "'");
                return;
            }
            for (String outcome : spec.outcomes()) {
                if (!n.on().containsKey(outcome)) {
                    problem(id, null, "outcome '" + outcome + "' of " + n.action() + " leads nowhere (no way out)");
                }
            }
            for (String outcome : n.on().keySet()) {
                if (!spec.outcomes().contains(outcome)) {
                    problem(id, null, n.action() + " has no outcome '" + outcome + "'");
                }
            }
        }

        /** Keys a language file must hold: every prompt and label the flow uses plus the engine's own. */
        Map<String, String> requiredKeys() {
            Map<String, String> keys = new LinkedHashMap<>();
            keys.put(MenuEngine.KEY_BACK, null);
            keys.put(MenuEngine.KEY_MORE, null);
            keys.put(MenuEngine.KEY_BUSY, null);
            def.nodes().forEach((id, n) -> {
                n.prompt().forEach(k -> keys.putIfAbsent(k, id));
                n.options().forEach(o -> keys.putIfAbsent(o.label(), id));
                if (n.lines() != null) {
                    keys.putIfAbsent(n.lines().prompt(), id);
                }
                if (n.waits()) {
                    keys.putIfAbsent(MenuEngine.hintKey(n), id);
                }
            });
            return keys;
        }

        void translations() {
            Map<String, String> keys = requiredKeys();
            for (String lang : def.languages()) {
                Map<String, String> texts = def.texts().getOrDefault(lang, Map.of());
                Map<String, FlowVersion.Text> ok = new HashMap<>();
                keys.forEach((key, node) -> {
                    String text = texts.get(key);
                    if (text == null || text.isBlank()) {
                        problem(node, lang, "missing translation '" + key + "'");
                        return;
                    }
                    try {
                        ok.put(key, FlowVersion.parse(key, text));
                    } catch (TemplateException e) {
                        problem(node, lang, "text '" + key + "' does not parse: " + e.getMessage());
                    }
                });
                parsed.put(lang, ok);
            }
        }

        void placeholders(Map<String, Set<String>> scope) {
            def.nodes().forEach((id, n) -> {
                Set<String> available = scope.getOrDefault(id, Set.of());
                for (String lang : def.languages()) {
                    List<String> keys = new ArrayList<>(n.prompt());
                    n.options().forEach(o -> keys.add(o.label()));
                    if (n.hint() != null) {
                        keys.add(n.hint());
                    }
                    for (String key : keys) {
                        check(id, lang, key, available);
                    }
                    if (n.lines() != null && valueSpecs.get(n.lines().from()) != null) {
                        check(id, lang, n.lines().prompt(), valueSpecs.get(n.lines().from()).item().keySet());
                    }
                }
            });
        }

        private void check(String id, String lang, String key, Set<String> available) {
            FlowVersion.Text text = parsed.get(lang).get(key);
            if (text == null) {
                return;
            }
            for (String name : text.names()) {
                if (!available.contains(name)) {
                    problem(id, lang, "text '" + key + "' uses {" + name + "}, which no action provides here");
                }
            }
        }
    }
}
