package org.sakhiline.menu;

import io.quarkus.qute.TemplateInstance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sakhiline.menu.MenuOutput.MenuOption;
import org.sakhiline.menu.MenuOutput.PromptLine;
import org.sakhiline.menu.MenuOutput.Wait;
import org.sakhiline.menu.MenuOutput.WaitKind;

/**
 * Walks a flow: (flow version, session state, input, now) → (next state, output). It knows nodes,
 * inputs and actions and nothing about USSD, SMS or voice; the books are reached only through
 * {@link MenuBooks}. Thread-safe and stateless apart from its port.
 *
 * <p>Navigation: "0" returns to the previous screen when there is one (re-running a read such as the
 * balance, never a command such as setting a PIN); anything that is not a valid answer re-asks the same
 * screen with a short hint. "00" (more) belongs to the channel's pager and never reaches the engine.
 */
public final class MenuEngine {

    public static final String BACK = "0";
    /** Screens remembered for "0"; older ones are dropped (a session lasts a few minutes). */
    static final int MAX_BACK = 8;
    static final String AFTER_PIN = "afterPin";
    private static final int MAX_STEPS_PER_HOP = 64;
    /** Digits of a one-time code (the books' rule sends 6). */
    static final int CODE_LENGTH = 6;

    public static final String KEY_BACK = "nav_back";
    public static final String KEY_MORE = "nav_more";
    public static final String KEY_BUSY = "busy";
    public static final String KEY_HINT_CHOICE = "hint_choice";

    private final MenuBooks books;
    private final Map<String, ActionSpec> actions;
    private final Map<String, ValueSpec> valueSpecs;

    public MenuEngine(MenuBooks books) {
        this(books, MenuActions.standard());
    }

    public MenuEngine(MenuBooks books, Map<String, ActionSpec> actions) {
        this.books = books;
        this.actions = Map.copyOf(actions);
        Map<String, ValueSpec> specs = new LinkedHashMap<>();
        actions.values().forEach(a -> specs.putAll(a.exposes()));
        this.valueSpecs = Map.copyOf(specs);
    }

    /** The prompt key telling the caller what a node accepts after a bad answer. */
    public static String hintKey(NodeDef node) {
        if (node.hint() != null) {
            return node.hint();
        }
        return node.kind() == NodeKind.INPUT ? "hint_" + node.input().name().toLowerCase(java.util.Locale.ROOT) : KEY_HINT_CHOICE;
    }

    /** A new session for {@code caller}: identifies her and runs to the first screen. */
    public Step start(FlowVersion flow, Caller caller, Instant now) {
        FlowDefinition def = flow.definition();
        String language = caller.members().isEmpty() ? def.defaultLanguage() : caller.members().get(0).languageTag();
        boolean proven = caller.proof() == Caller.Proof.NETWORK;
        SessionState fresh = new SessionState(flow.id(), null, null, null, language, List.of(), false, Map.of(), Map.of(),
                caller.members(), proven, proven ? null : caller.phone(), null, Map.of());
        Hop hop = new Hop(flow, books, now, fresh);
        hop.values.clear();
        return walk(hop, def.start(), new ArrayList<>());
    }

    /** The next hop of a session: {@code input} is only what she typed last ("" when nothing). */
    public Step resume(FlowVersion flow, SessionState state, String input, Instant now) {
        if (state.flowVersionId() != flow.id()) {
            throw new IllegalArgumentException("session is on flow version " + state.flowVersionId() + ", given " + flow.id());
        }
        FlowDefinition def = flow.definition();
        NodeDef node = def.node(state.node());
        Hop hop = new Hop(flow, books, now, state);
        String answer = input == null ? "" : input.trim();
        if (node.kind() == NodeKind.END) {
            return new Step(state, render(hop, state.node(), node, new ArrayList<>()), hop.effects);
        }
        boolean backAsked = BACK.equals(answer) && !node.zeroIsAnswer();
        if (backAsked && node.back() != null) {
            // A task's own "0" (the previous member of a sheet): a step of the task, so nothing is remembered for "0".
            hop.values.clear();
            return walk(hop, node.back(), new ArrayList<>());
        }
        if (backAsked && !hop.back.isEmpty()) {
            String to = hop.back.removeLast();
            hop.pending.clear();
            hop.values.clear();
            return walk(hop, to, new ArrayList<>());
        }
        if (node.kind() == NodeKind.MENU) {
            if (node.optionsFrom() != null) {
                Object items = hop.values.get(node.optionsFrom());
                int size = items instanceof List<?> l ? l.size() : 0;
                if (answer.matches("[1-9]") && Integer.parseInt(answer) <= size) {
                    hop.inputs.put(MenuActions.CHOICE, answer);
                    return forward(hop, state, node, node.target());
                }
            } else {
                for (NodeDef.OptionDef option : node.options()) {
                    if (option.digit().equals(answer) && option.shownTo(hop.role())) {
                        hop.inputs.putAll(option.set());
                        hop.pending.putAll(option.set());
                        return forward(hop, state, node, option.target());
                    }
                }
            }
            return reask(hop, state, node);
        }
        String accepted = accept(node, answer);
        if (accepted == null) {
            return reask(hop, state, node);
        }
        hop.inputs.put(node.store(), accepted);
        if (node.input() == InputKind.PIN) {
            hop.keepSealed(node.store(), accepted);
        } else if (node.input() == InputKind.CODE) {
            // in hop.inputs only: the checking action runs in this hop, and the session never holds the code
        } else {
            hop.pending.put(node.store(), accepted);
        }
        return forward(hop, state, node, node.target());
    }

    /**
     * A short "service busy, try again" screen in the session's language, ending the session: what a
     * channel shows when the database or anything else fails.
     */
    public MenuOutput busy(FlowVersion flow, String language) {
        return ending(flow, language, KEY_BUSY);
    }

    /**
     * The screen, ending the session, for a change the books refused while a step's effects were written (e.g. the
     * sheet she was entering was submitted meanwhile): the flow's text {@code refused_<problem code>} when it has
     * one, else "busy". Nothing of the step was written; what was written before stays.
     */
    public MenuOutput refused(FlowVersion flow, String language, String problemCode) {
        String key = "refused_" + String.valueOf(problemCode).replace('-', '_');
        return ending(flow, language, flow.hasText(flow.effectiveLanguage(language), key) ? key : KEY_BUSY);
    }

    private MenuOutput ending(FlowVersion flow, String language, String key) {
        String lang = flow.effectiveLanguage(language);
        PromptLine line = new PromptLine(renderText(flow, lang, key, Map.of()), key, Map.of());
        return new MenuOutput(lang, List.of(line), List.of(), List.of(), null, null, Wait.NONE, true);
    }

    /** The accepted form of an input answer (amounts become paise), or null when it is not acceptable. */
    static String accept(NodeDef node, String answer) {
        if (!answer.matches("[0-9]{1,18}")) {
            return null;
        }
        return switch (node.input()) {
            case PIN, DIGITS, CODE -> {
                int min = node.minLength() != null ? node.minLength() : defaultLength(node.input(), 1);
                int max = node.maxLength() != null ? node.maxLength() : defaultLength(node.input(), 18);
                yield answer.length() >= min && answer.length() <= max ? answer : null;
            }
            case AMOUNT -> {
                long rupees = Long.parseLong(answer);
                boolean inRange = (node.min() == null || rupees >= node.min()) && (node.max() == null || rupees <= node.max());
                yield inRange && rupees <= Long.MAX_VALUE / 100 ? Long.toString(rupees * 100) : null;
            }
        };
    }

    /** Lengths of a PIN (4) and a one-time code (6); {@code digits} is what a plain digits input allows. */
    private static int defaultLength(InputKind kind, int digits) {
        return switch (kind) {
            case PIN -> 4;
            case CODE -> CODE_LENGTH;
            default -> digits;
        };
    }

    private Step forward(Hop hop, SessionState state, NodeDef from, String target) {
        // A PIN or code screen is never returned to with "0": it would only ask for it again.
        boolean pinScreen = from.kind() == NodeKind.INPUT && (from.input() == InputKind.PIN || from.input() == InputKind.CODE);
        if (!pinScreen && state.entry() != null) {
            hop.back.addLast(state.entry());
            while (hop.back.size() > MAX_BACK) {
                hop.back.removeFirst();
            }
        }
        hop.values.clear();
        return walk(hop, target, new ArrayList<>());
    }

    /**
     * The same screen again with a hint. The hint takes the place of a prompt that shows no values
     * ("Enter your PIN:" → "Enter 4 digits."), and goes above one that does, so the balance stays in view.
     */
    private Step reask(Hop hop, SessionState state, NodeDef node) {
        List<PromptLine> lead = new ArrayList<>();
        String lang = hop.flow.effectiveLanguage(hop.language);
        String key = hintKey(node);
        // A node's own hint stands in for its prompt on a full screen, and may show the screen's values itself.
        lead.add(node.hint() != null ? renderLine(hop.flow, lang, key, hop.values, valueSpecs)
                : new PromptLine(renderText(hop.flow, lang, key, Map.of()), key, Map.of()));
        boolean replacesPrompt = node.hint() != null || !promptShowsValues(hop.flow, lang, node);
        return new Step(state, render(hop, state.node(), node, lead, !replacesPrompt), hop.effects);
    }

    /** True when any prompt of the node has a placeholder (in any language it is rendered in). */
    static boolean promptShowsValues(FlowVersion flow, String lang, NodeDef node) {
        return node.prompt().stream().anyMatch(k -> !flow.text(lang, k).names().isEmpty());
    }

    /** Runs actions and messages from {@code id} until a node waits or ends. */
    private Step walk(Hop hop, String id, List<PromptLine> lead) {
        FlowDefinition def = hop.flow.definition();
        String entry = id;
        for (int steps = 0; steps < MAX_STEPS_PER_HOP; steps++) {
            if (NodeDef.RETURN.equals(id)) {
                String after = hop.pending.remove(AFTER_PIN);
                id = after != null ? after : def.home();
                entry = id;
                continue;
            }
            NodeDef node = def.node(id);
            if (node.requiresPin() && !hop.pinVerified && hop.memberId != null) {
                hop.pending.put(AFTER_PIN, id);
                id = def.pinGate();
                entry = id;
                continue;
            }
            if (node.root()) {
                hop.back.clear();
                entry = id;
            }
            switch (node.kind()) {
                case ACTION -> {
                    ActionSpec action = actions.get(node.action());
                    if (action == null) {
                        throw new IllegalStateException("unknown action " + node.action() + " at node " + id);
                    }
                    ActionSpec.Result result = action.body().run(hop);
                    result.values().forEach((name, value) -> hop.values.put(name, clip(name, value)));
                    String next = node.on().get(result.outcome());
                    if (next == null) {
                        throw new IllegalStateException("node " + id + " does not route outcome " + result.outcome());
                    }
                    if (action.command()) {
                        entry = next;
                    }
                    id = next;
                }
                case MESSAGE -> {
                    lead.addAll(prompts(hop, node, lang(hop)));
                    // Going back shows the screen, not the one-off message that led to it.
                    if (id.equals(entry)) {
                        entry = node.next();
                    }
                    id = node.next();
                }
                default -> {
                    SessionState next = new SessionState(hop.flow.id(), id, entry, hop.memberId, hop.language,
                            List.copyOf(hop.back), hop.pinVerified, hop.values, hop.pending, hop.candidates,
                            hop.phoneProven, hop.codePhone(), hop.role, hop.kept);
                    return new Step(next, render(hop, id, node, lead), hop.effects);
                }
            }
        }
        throw new IllegalStateException("flow " + def.key() + " ran " + MAX_STEPS_PER_HOP + " steps without waiting");
    }

    /** Text values are cut to their declared length so a long place name cannot overflow a screen. */
    private Object clip(String name, Object value) {
        ValueSpec spec = valueSpecs.get(name);
        if (spec != null && spec.type() == ValueType.TEXT && value instanceof String s && spec.maxLength() > 2
                && s.length() > spec.maxLength()) {
            return s.substring(0, spec.maxLength() - 2).stripTrailing() + "..";
        }
        if (spec != null && spec.type() == ValueType.LIST && value instanceof List<?> items) {
            List<Object> clipped = new ArrayList<>();
            for (Object item : items) {
                if (item instanceof Map<?, ?> m) {
                    Map<String, Object> c = new LinkedHashMap<>();
                    m.forEach((k, v) -> {
                        ValueSpec f = spec.item().get(k.toString());
                        c.put(k.toString(), f != null && f.type() == ValueType.TEXT && v instanceof String s
                                && s.length() > f.maxLength() && f.maxLength() > 2
                                ? s.substring(0, f.maxLength() - 2).stripTrailing() + ".." : v);
                    });
                    clipped.add(c);
                }
            }
            return clipped;
        }
        return value;
    }

    private static String lang(Hop hop) {
        return hop.flow.effectiveLanguage(hop.language);
    }

    private MenuOutput render(Hop hop, String id, NodeDef node, List<PromptLine> lead) {
        return render(hop, id, node, lead, true);
    }

    private MenuOutput render(Hop hop, String id, NodeDef node, List<PromptLine> lead, boolean withPrompts) {
        String lang = lang(hop);
        List<PromptLine> lines = new ArrayList<>(lead);
        if (withPrompts) {
            lines.addAll(prompts(hop, node, lang));
        }
        List<PromptLine> listLines = new ArrayList<>();
        if (node.lines() != null && hop.values.get(node.lines().from()) instanceof List<?> items) {
            ValueSpec listSpec = valueSpecs.get(node.lines().from());
            for (Object item : items) {
                @SuppressWarnings("unchecked")
                Map<String, Object> fields = (Map<String, Object>) item;
                listLines.add(renderLine(hop.flow, lang, node.lines().prompt(), fields, listSpec.item()));
            }
        }
        List<MenuOption> options = new ArrayList<>();
        if (node.optionsFrom() != null && hop.values.get(node.optionsFrom()) instanceof List<?> items) {
            int digit = 1;
            for (Object item : items) {
                options.add(new MenuOption(Integer.toString(digit++), String.valueOf(((Map<?, ?>) item).get("label")), null));
            }
        }
        for (NodeDef.OptionDef o : node.options()) {
            if (!o.shownTo(hop.role())) {
                continue;
            }
            options.add(new MenuOption(o.digit(), renderLine(hop.flow, lang, o.label(), hop.values, valueSpecs).text(), o.label()));
        }
        boolean end = node.kind() == NodeKind.END;
        MenuOption back = !end && !node.zeroIsAnswer() && (!hop.back.isEmpty() || node.back() != null)
                ? new MenuOption(BACK, renderText(hop.flow, lang, KEY_BACK, Map.of()), KEY_BACK) : null;
        MenuOption more = new MenuOption("00", renderText(hop.flow, lang, KEY_MORE, Map.of()), KEY_MORE);
        return new MenuOutput(lang, lines, listLines, options, back, more, waitFor(node), end);
    }

    private static Wait waitFor(NodeDef node) {
        return switch (node.kind()) {
            case MENU -> Wait.CHOICE;
            case INPUT -> switch (node.input()) {
                case PIN -> new Wait(WaitKind.PIN, orElse(node.minLength(), 4), orElse(node.maxLength(), 4));
                case CODE -> new Wait(WaitKind.CODE, orElse(node.minLength(), CODE_LENGTH), orElse(node.maxLength(), CODE_LENGTH));
                case DIGITS -> new Wait(WaitKind.DIGITS, orElse(node.minLength(), 1), orElse(node.maxLength(), 18));
                case AMOUNT -> new Wait(WaitKind.AMOUNT, 1, node.max() == null ? 18 : Long.toString(node.max()).length());
            };
            default -> Wait.NONE;
        };
    }

    private static int orElse(Integer v, int fallback) {
        return v != null ? v : fallback;
    }

    private List<PromptLine> prompts(Hop hop, NodeDef node, String lang) {
        List<PromptLine> lines = new ArrayList<>();
        for (String key : node.prompt()) {
            lines.add(renderLine(hop.flow, lang, key, hop.values, valueSpecs));
        }
        return lines;
    }

    private static PromptLine renderLine(FlowVersion flow, String lang, String key, Map<String, Object> values,
                                         Map<String, ValueSpec> specs) {
        FlowVersion.Text text = flow.text(lang, key);
        Map<String, Object> used = new LinkedHashMap<>();
        Map<String, String> formatted = new LinkedHashMap<>();
        for (String name : text.names()) {
            Object wire = values.get(name);
            ValueSpec spec = specs.get(name);
            if (wire != null) {
                used.put(name, wire);
                formatted.put(name, spec == null ? wire.toString() : spec.type().format(wire, lang));
            }
        }
        return new PromptLine(render(text, formatted), key, used);
    }

    private static String renderText(FlowVersion flow, String lang, String key, Map<String, String> data) {
        return render(flow.text(lang, key), data);
    }

    private static String render(FlowVersion.Text text, Map<String, String> data) {
        TemplateInstance instance = text.template().instance();
        data.forEach(instance::data);
        return instance.render();
    }
}
