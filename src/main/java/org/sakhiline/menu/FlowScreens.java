package org.sakhiline.menu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.sakhiline.menu.FlowValidator.ScreenSample;

/**
 * Measures every screen of a flow in every language before it can be published: each waiting or end node
 * with every placeholder at its widest value, in the costliest way it can appear — below the messages that
 * can lead to it, or re-asked with a hint — against the USSD limit of its encoding. A promise proved for
 * all inputs, not sampled.
 */
final class FlowScreens {

    /**
     * Lines shown above a screen's own prompt, or instead of it (a hint re-asking a prompt without values);
     * {@code shownAfter} says what put them there (message node ids, or the hint key), for the preview.
     */
    private record Top(List<String> lines, boolean replacesPrompt, List<String> shownAfter) {}

    private final FlowDefinition def;
    private final Map<String, Map<String, FlowVersion.Text>> parsed;
    private final Map<String, Set<String>> scope;
    private final Map<String, ValueSpec> valueSpecs;
    private final ScreenLimits limits;
    private final Function<String, List<String>> successors;

    /**
     * @param parsed     each language's texts, parsed
     * @param scope      the values in scope at each node
     * @param successors where a walk can go from a node (as the validator walks it)
     */
    FlowScreens(FlowDefinition def, Map<String, Map<String, FlowVersion.Text>> parsed, Map<String, Set<String>> scope,
                Map<String, ValueSpec> valueSpecs, ScreenLimits limits, Function<String, List<String>> successors) {
        this.def = def;
        this.parsed = parsed;
        this.scope = scope;
        this.valueSpecs = valueSpecs;
        this.limits = limits;
        this.successors = successors;
    }


    /** Message chains that can be shown above each waiting or end node, by node id. */
    Map<String, Set<List<String>>> leadIns() {
        Map<String, Set<List<String>>> leads = new HashMap<>();
        Set<String> walkStarts = new LinkedHashSet<>(List.of(def.start(), def.home()));
        def.nodes().forEach((id, n) -> {
            if (n.waits()) {
                walkStarts.addAll(successors.apply(id));
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
        for (String t : successors.apply(id)) {
            if (!t.equals(def.pinGate()) || n.kind() != NodeKind.ACTION || !n.requiresPin()) {
                collectLeads(t, next, leads, depth + 1);
            }
        }
    }

    /** The costliest way each waiting or end node can appear, per language, in the flow's node order. */
    List<ScreenSample> measure() {
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
                    tops.add(n.hint() != null ? new Top(List.of(widest(texts.get(hint), lang, scopeSpecs(id))), true, List.of(hint))
                            : new Top(List.of(widest(texts.get(hint), lang, Map.of())), !promptShowsValues, List.of(hint)));
                }
                // Options shown only to some roles: each role's own screen is measured.
                List<List<String>> optionSets = new ArrayList<>();
                for (String role : rolesOf(n)) {
                    List<String> options = new ArrayList<>();
                    n.options().stream().filter(o -> o.shownTo(role))
                            .forEach(o -> options.add(o.digit() + " " + widest(texts.get(o.label()), lang, scopeSpecs(id))));
                    optionSets.add(options);
                }
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
                  for (List<String> options : optionSets) {
                    List<String> screen = new ArrayList<>(top.lines());
                    if (!top.replacesPrompt()) {
                        screen.addAll(body);
                    }
                    if (item != null) {
                        screen.add(item);
                    }
                    screen.addAll(options);
                    if (n.waits() && (!n.root() || n.back() != null) && !n.zeroIsAnswer()) {
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
                }
                samples.add(worst);
            });
        }
        return samples;
    }

    /** The roles whose screens differ at a node: a plain member, and every role an option is limited to. */
    private static Set<String> rolesOf(NodeDef n) {
        Set<String> roles = new LinkedHashSet<>(List.of(CallerMember.MEMBER));
        n.options().forEach(o -> roles.addAll(o.roles()));
        return roles;
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
