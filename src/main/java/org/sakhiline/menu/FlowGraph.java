package org.sakhiline.menu;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A flow as a graph of nodes, for the validator: where a walk can go, what it cannot reach, where it would
 * spin without waiting for input, and which values actions have put in scope by the time it reaches a node.
 */
final class FlowGraph {

    private final FlowDefinition def;
    private final Map<String, ActionSpec> actions;

    FlowGraph(FlowDefinition def, Map<String, ActionSpec> actions) {
        this.def = def;
        this.actions = actions;
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

    /** Nodes no walk from the start or home reaches. */
    List<String> unreachable() {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(def.start(), def.home()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(successors(id));
            }
        }
        return def.nodes().keySet().stream().filter(id -> !seen.contains(id)).toList();
    }

    /** Actions and messages must reach a waiting node: a cycle among them would spin forever. */
    List<String> loopingBackWithoutWait() {
        List<String> found = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>();
        for (String id : def.nodes().keySet()) {
            if (!def.nodes().get(id).waits()) {
                loopFrom(id, state, found);
            }
        }
        return found;
    }

    private void loopFrom(String id, Map<String, Integer> state, List<String> found) {
        Integer s = state.get(id);
        if (s != null) {
            if (s == 1) {
                found.add(id);
            }
            return;
        }
        state.put(id, 1);
        NodeDef n = def.nodes().get(id);
        if (!n.waits() && n.kind() != NodeKind.END) {
            for (String t : n.targets()) {
                if (def.nodes().containsKey(t) && !def.nodes().get(t).waits()) {
                    loopFrom(t, state, found);
                }
            }
        }
        state.put(id, 2);
    }

    /**
     * Values in scope at each node: those exposed by actions on every walk into it since the last
     * wait (a wait starts a new walk with no values).
     */
    Map<String, Set<String>> valuesInScope() {
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
}
