package org.sakhiline.menu;

import java.util.Map;
import java.util.Set;

/**
 * A named action a flow may call: its outcomes (each must be routed by the node), the values it exposes
 * to prompts, the answers it reads (from an input's {@code store}, an option's {@code set}, or
 * {@code choice} from a list menu), and whether it is a command. A command changes something, so "0"
 * never re-runs it: going back re-enters the screen after it instead.
 */
public record ActionSpec(String name, Set<String> outcomes, Map<String, ValueSpec> exposes, Set<String> reads,
                         boolean command, Body body) {

    public ActionSpec {
        outcomes = Set.copyOf(outcomes);
        exposes = Map.copyOf(exposes);
        reads = Set.copyOf(reads);
    }

    @FunctionalInterface
    public interface Body {
        Result run(Hop hop);
    }

    /** An outcome and the values (wire form) it exposes. */
    public record Result(String outcome, Map<String, Object> values) {
        public static Result of(String outcome) {
            return new Result(outcome, Map.of());
        }
    }
}
