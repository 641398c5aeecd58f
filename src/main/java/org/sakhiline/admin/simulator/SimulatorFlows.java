package org.sakhiline.admin.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.sakhiline.admin.flows.FlowDraft;
import org.sakhiline.admin.flows.FlowDrafts;
import org.sakhiline.admin.flows.FlowSources;
import org.sakhiline.menu.FlowLoader;
import org.sakhiline.menu.FlowProblem;
import org.sakhiline.menu.FlowVersion;
import org.sakhiline.menu.store.FlowStore;

/**
 * The flow a simulation runs on: the published version (by id, like a real session), or the draft built
 * into a version in memory. A draft runs while its only problems are screen sizes (which the simulator
 * is there to show); anything else would strand the walk, so it is refused with the problems named.
 */
@ApplicationScoped
public class SimulatorFlows {

    /** Id of every draft version in memory; never a stored version's (those are positive). */
    static final long DRAFT_ID = -1;
    private static final int DRAFTS_KEPT = 8;

    private final FlowStore store;
    private final FlowDrafts drafts;
    private final Map<String, FlowVersion> draftVersions = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, FlowVersion> eldest) {
                    return size() > DRAFTS_KEPT;
                }
            });

    public SimulatorFlows(FlowStore store, FlowDrafts drafts) {
        this.store = store;
        this.drafts = drafts;
    }

    /** The flow for a new simulation; records on {@code s} which version or draft content it runs on. */
    public FlowVersion begin(SimulatorSession s) {
        if (s.source == SimulatorSession.Source.PUBLISHED) {
            FlowVersion v;
            try {
                v = store.current(s.flowKey);
            } catch (IllegalStateException e) {
                throw new SimulatorRefusal("Flow " + s.flowKey + " has no published version.");
            }
            s.flowVersionId = v.id();
            return v;
        }
        FlowVersion v = draft(s.flowKey);
        s.draftHash = v.hash();
        return v;
    }

    /** The flow a running simulation started on: the same version, or the same draft content. */
    public FlowVersion resume(SimulatorSession s) {
        if (s.source == SimulatorSession.Source.PUBLISHED) {
            return store.byId(s.flowVersionId);
        }
        FlowVersion v = draft(s.flowKey);
        if (!v.hash().equals(s.draftHash)) {
            throw new SimulatorRefusal("The draft was saved again since this simulation began. Dial again to try the new text.");
        }
        return v;
    }

    private FlowVersion draft(String key) {
        FlowDraft d = drafts.find(key).orElseThrow(() -> new SimulatorRefusal("Flow " + key + " has no draft."));
        FlowSources.Checked checked = drafts.check(key, d.files());
        String blocking = checked.problems().stream().filter(p -> !screenSize(p)).map(FlowProblem::toString)
                .collect(Collectors.joining("; "));
        if (checked.definition() == null || !blocking.isEmpty()) {
            throw new SimulatorRefusal("The draft cannot be walked until these are fixed: " + blocking);
        }
        String hash = FlowLoader.hash(checked.definition());
        return draftVersions.computeIfAbsent(hash, h -> FlowVersion.compile(DRAFT_ID, 0, checked.definition()));
    }

    private static boolean screenSize(FlowProblem p) {
        return p.message() != null && p.message().startsWith("screen needs");
    }
}
