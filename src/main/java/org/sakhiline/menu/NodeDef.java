package org.sakhiline.menu;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One node of a flow as written in {@code flow.yaml}. Which fields matter depends on {@link #kind}:
 * <ul>
 *   <li>menu: {@code prompt}, {@code options} or {@code optionsFrom} + {@code target}, optional {@code lines}</li>
 *   <li>input: {@code prompt}, {@code input}, lengths or range, {@code store}, {@code target}</li>
 *   <li>action: {@code action}, {@code on} (outcome → target)</li>
 *   <li>message: {@code prompt}, {@code next}; end: {@code prompt}</li>
 * </ul>
 * A target may be {@value #RETURN}: continue where the PIN gate interrupted, else go home.
 * Any waiting node may name {@code back}: where "0" goes from it (a step of a task, such as the previous member
 * of a meeting sheet) instead of the previous screen; and {@code hint}: the key shown after a bad answer instead
 * of the prompt (not above it, as the engine's {@code hint_choice} / {@code hint_<input>} are when the prompt shows
 * values), rendered with the screen's values: for a screen too full to hold both.
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record NodeDef(
        NodeKind kind,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> prompt,
        String action,
        Map<String, String> on,
        List<OptionDef> options,
        String optionsFrom,
        String target,
        InputKind input,
        Integer minLength,
        Integer maxLength,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long min, // kept when 0: "min: 0" makes a zero an amount
        @JsonInclude(JsonInclude.Include.NON_NULL) Long max,
        String store,
        String next,
        boolean requiresPin,
        boolean root,
        LinesDef lines,
        String back,
        String hint) {

    public static final String RETURN = "return";

    public NodeDef {
        prompt = prompt == null ? List.of() : List.copyOf(prompt);
        on = on == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(on));
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** True when the node stops and waits for the caller. */
    public boolean waits() {
        return kind == NodeKind.MENU || kind == NodeKind.INPUT;
    }

    /**
     * True for an amount input that allows zero ({@code min: 0}): there "0" is the amount (no fine, nothing saved),
     * so it offers no "0 Back".
     */
    public boolean zeroIsAnswer() {
        return kind == NodeKind.INPUT && input == InputKind.AMOUNT && min != null && min == 0;
    }

    /** Every node id this node can lead to, including {@value #RETURN}. */
    public List<String> targets() {
        List<String> t = new java.util.ArrayList<>();
        options.forEach(o -> t.add(o.target()));
        t.addAll(on.values());
        if (target != null) {
            t.add(target);
        }
        if (next != null) {
            t.add(next);
        }
        if (back != null) {
            t.add(back);
        }
        return t;
    }

    /**
     * A numbered option: {@code label} is a prompt key; {@code set} puts values for the next action; {@code roles},
     * when given, are the only member roles (as {@link CallerMember#role()} names them) that see and may choose it.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record OptionDef(String digit, String label, String target, Map<String, String> set, List<String> roles) {
        public OptionDef {
            set = set == null ? Map.of() : Map.copyOf(set);
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        public OptionDef(String digit, String label, String target, Map<String, String> set) {
            this(digit, label, target, set, List.of());
        }

        /** True when a member with {@code role} sees this option. */
        public boolean shownTo(String role) {
            return roles.isEmpty() || roles.contains(role == null ? CallerMember.MEMBER : role);
        }
    }

    /** One line per item of a list value (e.g. statement rows), rendered with prompt key {@code prompt}. */
    public record LinesDef(String from, String prompt) {}
}
