package org.sakhiline.admin.flows;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sakhiline.menu.FlowDefinition;
import org.sakhiline.menu.FlowProblem;
import org.sakhiline.menu.FlowValidator;
import org.sakhiline.menu.store.FlowStore;

/**
 * Every screen of a flow in every language as the validator measures it: the text with each placeholder
 * at its widest, its size in its encoding and the limit, so an editor sees which screens are tight before
 * a member does.
 */
@ApplicationScoped
public class FlowPreview {

    private final FlowStore store;

    public FlowPreview(FlowStore store) {
        this.store = store;
    }

    /** One screen in one language. {@code shownAfter}: the messages (or hint) above it in its costliest form. */
    public record Row(String node, String language, String text, int count, boolean ucs2, int limit,
                      List<String> shownAfter) {
        public boolean over() {
            return count > limit;
        }

        public String encoding() {
            return ucs2 ? "UCS-2" : "GSM-7";
        }

        public String dir() {
            return ScriptDirection.of(language);
        }
    }

    public record Preview(List<Row> rows, List<FlowProblem> problems) {
        public long overCount() {
            return rows.stream().filter(Row::over).count();
        }
    }

    /**
     * The rows a preview page lists: all of them, or only those that differ from another version's preview
     * ({@code changed} counts them either way; {@code compared} when there was something to compare with).
     */
    public record Shown(List<Row> rows, boolean changedOnly, int changed, int total, boolean compared,
                        java.util.Set<String> changedIds) {
        static Shown everything(Preview p) {
            return new Shown(p.rows(), false, 0, p.rows().size(), false, java.util.Set.of());
        }

        public boolean isChanged(Row r) {
            return changedIds.contains(r.node() + "/" + r.language());
        }
    }

    /** A screen changed when it is new, or its text (widest values, costliest form) reads differently. */
    public static Shown changes(Preview draft, Preview published, boolean changedOnly) {
        Map<String, String> before = published.rows().stream()
                .collect(Collectors.toMap(r -> r.node() + "/" + r.language(), Row::text, (a, b) -> a));
        java.util.Set<String> changed = new java.util.HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (Row r : draft.rows()) {
            String id = r.node() + "/" + r.language();
            boolean differs = !r.text().equals(before.get(id));
            if (differs) {
                changed.add(id);
            }
            if (differs || !changedOnly) {
                rows.add(r);
            }
        }
        return new Shown(rows, changedOnly, changed.size(), draft.rows().size(), true, java.util.Set.copyOf(changed));
    }

    public Preview of(FlowDefinition def) {
        FlowValidator.Report report = store.validator().check(def);
        List<String> nodes = FlowYamlWriter.nodeOrder(def);
        Map<String, Integer> nodeRank = rank(nodes);
        Map<String, Integer> langRank = rank(def.languages());
        List<Row> rows = new ArrayList<>();
        report.screens().forEach(s -> rows.add(new Row(s.node(), s.language(), s.text(), s.cost(), s.ucs2(), s.capacity(),
                s.shownAfter())));
        rows.sort(Comparator.comparing((Row r) -> nodeRank.getOrDefault(r.node(), Integer.MAX_VALUE))
                .thenComparing(r -> langRank.getOrDefault(r.language(), Integer.MAX_VALUE)));
        return new Preview(rows, report.problems());
    }

    private static Map<String, Integer> rank(List<String> order) {
        return order.stream().distinct().collect(Collectors.toMap(Function.identity(), order::indexOf));
    }
}
