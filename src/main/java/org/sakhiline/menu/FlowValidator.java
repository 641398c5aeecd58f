package org.sakhiline.menu;

import io.quarkus.qute.TemplateException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
     * Lines shown above a screen's own prompt, or instead of it (a hint re-asking a prompt without values);
     * {@code shownAfter} says what put them there (message node ids, or the hint key), for the preview.
     */
    private record Top(List<String> lines, boolean replacesPrompt, List<String> shownAfter) {}

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
        run.reachability();
        run.loops();
        run.translations();
        boolean clean = run.problems.isEmpty();
        if (clean) {
            run.placeholders();
            clean = run.problems.isEmpty();
        } else {
            run.scope = run.computeScope();
        }
        List<ScreenSample> screens = run.screens(clean);
        return new Report(List.copyOf(run.problems), screens);
    }

    /** One validation pass over one definition. */
    private final class Run {
        final FlowDefinition def;
        final String flowFile;
        final List<FlowProblem> problems = new ArrayList<>();
        final Map<String, Map<String, FlowVersion.Text>> parsed = new HashMap<>();
        Map<String, Set<String>> scope = Map.of();

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
            Set<String> digits = new HashSet<>();
            for (OptionDef o : n.options()) {
                if (o.digit() == null || !o.digit().matches("[1-9]")) {
                    problem(id, null, "option digit '" + o.digit() + "' must be 1-9 (0 and 00 are navigation)");
                } else if (!digits.add(o.digit())) {
                    problem(id, null, "option digit " + o.digit() + " used twice");
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

        /** Where a walk can go from {@code id}: {@value NodeDef#RETURN} goes home or to any PIN-guarded node. */
        List<String> successors(String id) {
            NodeDef n = def.nodes().get(id);
            List<String> next = new ArrayList<>();
            for (String t : n.targets()) {
                if (NodeDef.RETURN.equals(t)) {
                    next.add(def.home());
                    def.nodes().forEach((k, v) -> {
                        if (v.requiresPin()) {
                            next.add(k);
                        }
                    });
                } else {
                    next.add(t);
                }
            }
            if (n.requiresPin() && def.pinGate() != null) {
                next.add(def.pinGate());
            }
            return next;
        }

        void reachability() {
            Set<String> seen = new LinkedHashSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of(def.start(), def.home()));
            while (!todo.isEmpty()) {
                String id = todo.pop();
                if (seen.add(id)) {
                    todo.addAll(successors(id));
                }
            }
            def.nodes().keySet().stream().filter(id -> !seen.contains(id))
                    .forEach(id -> problem(id, null, "unreachable from start '" + def.start() + "'"));
        }

        /** Actions and messages must reach a waiting node: a cycle among them would spin forever. */
        void loops() {
            Map<String, Integer> state = new HashMap<>();
            for (String id : def.nodes().keySet()) {
                if (!def.nodes().get(id).waits()) {
                    loopFrom(id, state);
                }
            }
        }

        private void loopFrom(String id, Map<String, Integer> state) {
            Integer s = state.get(id);
            if (s != null) {
                if (s == 1) {
                    problem(id, null, "actions and messages loop back here without waiting for input");
                }
                return;
            }
            state.put(id, 1);
            NodeDef n = def.nodes().get(id);
            if (!n.waits() && n.kind() != NodeKind.END) {
                for (String t : n.targets()) {
                    if (def.nodes().containsKey(t) && !def.nodes().get(t).waits()) {
                        loopFrom(t, state);
                    }
                }
            }
            state.put(id, 2);
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

        /**
         * Values in scope at each node: those exposed by actions on every walk into it since the last
         * wait (a wait starts a new walk with no values).
         */
        Map<String, Set<String>> computeScope() {
            Map<String, Set<String>> in = new HashMap<>();
            in.put(def.start(), new HashSet<>());
            if (def.pinGate() != null && def.nodes().containsKey(def.pinGate())) {
                in.put(def.pinGate(), new HashSet<>());
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Map.Entry<String, NodeDef> e : def.nodes().entrySet()) {
                    Set<String> here = in.get(e.getKey());
                    if (here == null) {
                        continue;
                    }
                    NodeDef n = e.getValue();
                    Set<String> out = new HashSet<>();
                    if (n.kind() == NodeKind.ACTION) {
                        out.addAll(here);
                        if (actions.containsKey(n.action())) {
                            out.addAll(actions.get(n.action()).exposes().keySet());
                        }
                    } else if (n.kind() == NodeKind.MESSAGE) {
                        out.addAll(here);
                    }
                    for (String t : successors(e.getKey())) {
                        Set<String> before = in.get(t);
                        if (before == null) {
                            in.put(t, new HashSet<>(out));
                            changed = true;
                        } else if (before.retainAll(out)) {
                            changed = true;
                        }
                    }
                }
            }
            return in;
        }

        void placeholders() {
            scope = computeScope();
            def.nodes().forEach((id, n) -> {
                Set<String> available = scope.getOrDefault(id, Set.of());
                for (String lang : def.languages()) {
                    List<String> keys = new ArrayList<>(n.prompt());
                    n.options().forEach(o -> keys.add(o.label()));
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

        // ---- screen sizes ----

        /** Message chains that can be shown above each waiting or end node, by node id. */
        Map<String, Set<List<String>>> leadIns() {
            Map<String, Set<List<String>>> leads = new HashMap<>();
            Set<String> walkStarts = new LinkedHashSet<>(List.of(def.start(), def.home()));
            def.nodes().forEach((id, n) -> {
                if (n.waits()) {
                    walkStarts.addAll(successors(id));
                }
            });
            for (String s : walkStarts) {
                collectLeads(s, new ArrayList<>(), leads, 0);
            }
            return leads;
        }

        private void collectLeads(String id, List<String> chain, Map<String, Set<List<String>>> leads, int depth) {
            NodeDef n = def.nodes().get(id);
            if (n == null || depth > 32) {
                return;
            }
            if (n.requiresPin() && def.pinGate() != null) {
                leads.computeIfAbsent(def.pinGate(), k -> new HashSet<>()).add(List.copyOf(chain));
            }
            if (n.waits() || n.kind() == NodeKind.END) {
                leads.computeIfAbsent(id, k -> new HashSet<>()).add(List.copyOf(chain));
                return;
            }
            List<String> next = new ArrayList<>(chain);
            if (n.kind() == NodeKind.MESSAGE) {
                next.add(id);
            }
            for (String t : successors(id)) {
                if (!t.equals(def.pinGate()) || n.kind() != NodeKind.ACTION || !n.requiresPin()) {
                    collectLeads(t, next, leads, depth + 1);
                }
            }
        }

        List<ScreenSample> screens(boolean report) {
            List<ScreenSample> samples = new ArrayList<>();
            Map<String, Set<List<String>>> leads = leadIns();
            for (String lang : def.languages()) {
                Map<String, FlowVersion.Text> texts = parsed.getOrDefault(lang, Map.of());
                String back = "0 " + widest(texts.get(MenuEngine.KEY_BACK), lang, Map.of());
                String more = "00 " + widest(texts.get(MenuEngine.KEY_MORE), lang, Map.of());
                def.nodes().forEach((id, n) -> {
                    if (!n.waits() && n.kind() != NodeKind.END) {
                        return;
                    }
                    Set<List<String>> chains = new HashSet<>(leads.getOrDefault(id, Set.of(List.of())));
                    chains.add(List.of());
                    List<Top> tops = new ArrayList<>();
                    for (List<String> chain : chains) {
                        List<String> top = new ArrayList<>();
                        chain.forEach(m -> def.nodes().get(m).prompt().forEach(k -> top.add(widest(texts.get(k), lang, scopeSpecs(m)))));
                        tops.add(new Top(top, false, chain));
                    }
                    List<String> body = new ArrayList<>();
                    n.prompt().forEach(k -> body.add(widest(texts.get(k), lang, scopeSpecs(id))));
                    boolean promptShowsValues = n.prompt().stream().anyMatch(k -> texts.get(k) != null && !texts.get(k).names().isEmpty());
                    if (n.waits()) {
                        // Mirrors MenuEngine.reask: the hint replaces a prompt without values, else goes above it.
                        String hint = MenuEngine.hintKey(n);
                        tops.add(new Top(List.of(widest(texts.get(hint), lang, Map.of())), !promptShowsValues, List.of(hint)));
                    }
                    List<String> options = new ArrayList<>();
                    n.options().forEach(o -> options.add(o.digit() + " " + widest(texts.get(o.label()), lang, scopeSpecs(id))));
                    // Lists (statement rows, names on a shared phone) are paged at line boundaries by the
                    // channel: each page must hold the fixed part, one item and the "00 More" line.
                    String item = null;
                    if (n.lines() != null && valueSpecs.containsKey(n.lines().from())) {
                        item = widest(texts.get(n.lines().prompt()), lang, valueSpecs.get(n.lines().from()).item());
                    } else if (n.optionsFrom() != null && valueSpecs.containsKey(n.optionsFrom())) {
                        ValueSpec label = valueSpecs.get(n.optionsFrom()).item().get("label");
                        item = "9 " + label.type().widest(lang, label.maxLength());
                    }
                    ScreenSample worst = null;
                    for (Top top : tops) {
                        List<String> screen = new ArrayList<>(top.lines());
                        if (!top.replacesPrompt()) {
                            screen.addAll(body);
                        }
                        if (item != null) {
                            screen.add(item);
                        }
                        screen.addAll(options);
                        if (n.waits() && !n.root()) {
                            screen.add(back);
                        }
                        if (item != null) {
                            screen.add(more);
                        }
                        String text = String.join("\n", screen);
                        ScreenSample sample = new ScreenSample(id, lang, text, ScreenLimits.cost(text), limits.capacity(text),
                                ScreenLimits.ucs2(text), List.copyOf(top.shownAfter()));
                        if (worst == null || worse(sample, worst)) {
                            worst = sample;
                        }
                    }
                    samples.add(worst);
                    if (report && !worst.fits()) {
                        problem(id, lang, String.format("screen needs %d of %d %s with the widest values: %s",
                                worst.cost(), worst.capacity(), worst.ucs2() ? "UCS-2 units" : "GSM-7 chars",
                                worst.text().replace("\n", " | ")));
                    }
                });
            }
            return samples;
        }

        /** Less room left wins; on a tie the shorter lead-in, so the sample does not depend on set order. */
        private boolean worse(ScreenSample a, ScreenSample b) {
            int roomA = a.capacity() - a.cost();
            int roomB = b.capacity() - b.cost();
            if (roomA != roomB) {
                return roomA < roomB;
            }
            if (a.shownAfter().size() != b.shownAfter().size()) {
                return a.shownAfter().size() < b.shownAfter().size();
            }
            return a.shownAfter().toString().compareTo(b.shownAfter().toString()) < 0;
        }

        private Map<String, ValueSpec> scopeSpecs(String id) {
            Map<String, ValueSpec> specs = new HashMap<>();
            scope.getOrDefault(id, Set.of()).forEach(name -> {
                if (valueSpecs.containsKey(name)) {
                    specs.put(name, valueSpecs.get(name));
                }
            });
            return specs;
        }

        private String widest(FlowVersion.Text text, String lang, Map<String, ValueSpec> specs) {
            if (text == null) {
                return "";
            }
            io.quarkus.qute.TemplateInstance instance = text.template().instance();
            for (String name : text.names()) {
                ValueSpec spec = specs.get(name);
                instance.data(name, spec == null ? "" : spec.type().widest(lang, spec.maxLength()));
            }
            return instance.render();
        }
    }
}
