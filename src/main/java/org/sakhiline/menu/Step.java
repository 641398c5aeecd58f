package org.sakhiline.menu;

import java.util.List;

/**
 * The result of one hop: the state to store for the next one, what to show or say now, and the changes to
 * the books the hop asks for (applied by the channel, see {@link Effect}; empty for most hops).
 */
public record Step(SessionState next, MenuOutput output, List<Effect> effects) {

    public Step {
        effects = List.copyOf(effects);
    }

    /** True when the step only reads: answering it writes nothing but the session. */
    public boolean readOnly() {
        return effects.isEmpty();
    }
}
