package org.sakhiline.admin.flows;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sakhiline.menu.FlowDefinition;

/**
 * The live counter of the draft editor: every screen of the files as typed, measured by the validator
 * itself (units used with each value at its widest, units the screen holds), with the text keys each
 * screen is built from so the page can show the screens of the key under the caret. One counting for
 * the counter, the preview and publishing — the page never counts on its own.
 */
@ApplicationScoped
public class ScreenCounter {

    /** One screen in one language; {@code keys}: the texts it shows (its own and the messages above it). */
    public record Count(String node, String language, int used, int available, String encoding, boolean over,
                        List<String> keys) {}

    /** Every screen measured, and how many problems the files have (the counter says when it cannot measure). */
    public record Counts(List<Count> screens, int problems, boolean readable) {}

    private final FlowDrafts drafts;
    private final FlowPreview previews;

    public ScreenCounter(FlowDrafts drafts, FlowPreview previews) {
        this.drafts = drafts;
        this.previews = previews;
    }

    public Counts of(String key, FlowFiles files) {
        FlowSources.Checked checked = drafts.check(key, files);
        FlowDefinition def = checked.definition();
        if (def == null) {
            return new Counts(List.of(), checked.problems().size(), false);
        }
        List<Count> counts = new ArrayList<>();
        for (FlowPreview.Row row : previews.of(def).rows()) {
            Set<String> keys = new LinkedHashSet<>();
            if (def.nodes().containsKey(row.node())) {
                keys.addAll(ProblemPlaces.screenKeys(def.nodes().get(row.node())));
            }
            for (String above : row.shownAfter()) {
                keys.add(above); // a hint key, or a message node whose prompts sit above
                if (def.nodes().containsKey(above)) {
                    keys.addAll(def.nodes().get(above).prompt());
                }
            }
            counts.add(new Count(row.node(), row.language(), row.count(), row.limit(), row.encoding(), row.over(),
                    List.copyOf(keys)));
        }
        return new Counts(counts, checked.problems().size(), true);
    }
}
