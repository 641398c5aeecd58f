package org.sakhiline.admin.flows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.sakhiline.menu.FlowDefinition;
import org.sakhiline.menu.FlowLoader;
import org.sakhiline.menu.store.FlowVersionRecord;

/** Reads flows for the console: which exist, their versions newest first, and their drafts. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FlowHistory {

    /** A draft as the list shows it. */
    public record DraftFacts(Long basedOnVersionId, Integer basedOnVersionNo, String updatedBy, Instant updatedAt, int revision) {
        public String updatedText() {
            return VersionFacts.when(updatedAt);
        }

        public String basedOnLabel() {
            return basedOnVersionNo == null ? null : "v" + basedOnVersionNo;
        }
    }

    /** One flow: the current version, the draft if any, and the older versions (newest first). */
    public record FlowSummary(String key, VersionFacts current, DraftFacts draft, List<VersionFacts> older) {
        public boolean hasDraft() {
            return draft != null;
        }
    }

    public List<FlowSummary> all() {
        TreeSet<String> keys = new TreeSet<>(FlowVersionRecord.getEntityManager()
                .createQuery("select distinct v.flowKey from FlowVersionRecord v", String.class).getResultList());
        keys.addAll(FlowDraft.getEntityManager().createQuery("select d.flowKey from FlowDraft d", String.class).getResultList());
        return keys.stream().map(this::summary).toList();
    }

    public FlowSummary summary(String key) {
        List<VersionFacts> versions = versions(key);
        VersionFacts current = versions.isEmpty() ? null : versions.get(0);
        List<VersionFacts> older = versions.isEmpty() ? List.of() : versions.subList(1, versions.size());
        DraftFacts draft = FlowDraft.forFlow(key).map(d -> new DraftFacts(d.basedOnVersionId,
                d.basedOnVersionId == null ? null : versions.stream().filter(v -> v.id() == d.basedOnVersionId)
                        .map(VersionFacts::versionNo).findFirst().orElse(null),
                d.updatedBy, d.updatedAt, d.revision)).orElse(null);
        if (current == null && draft == null) {
            throw new NotFoundException("no flow " + key);
        }
        return new FlowSummary(key, current, draft, List.copyOf(older));
    }

    /** Published versions of a flow, newest first. */
    public List<VersionFacts> versions(String key) {
        return FlowVersionRecord.<FlowVersionRecord>list("flowKey = ?1 and status = ?2 order by versionNo desc", key,
                FlowVersionRecord.PUBLISHED).stream().map(VersionFacts::of).toList();
    }

    /** A published version of this flow; 404 for an id of another flow or none. */
    public FlowVersionRecord version(String key, long id) {
        FlowVersionRecord r = FlowVersionRecord.findById(id);
        if (r == null || !r.flowKey.equals(key) || !FlowVersionRecord.PUBLISHED.equals(r.status)) {
            throw new NotFoundException("no version " + id + " of flow " + key);
        }
        return r;
    }

    public Optional<VersionFacts> current(String key) {
        return FlowVersionRecord.latestPublished(key).map(VersionFacts::of);
    }

    /** A stored version's definition, its files named as in the repository ({@code menus/<key>/...}). */
    public static FlowDefinition definition(FlowVersionRecord r) {
        FlowDefinition d = FlowLoader.fromJson(r.content);
        return new FlowDefinition(d.key(), d.defaultLanguage(), d.languages(), d.start(), d.home(), d.pinGate(), d.nodes(),
                d.texts(), FlowSources.source(r.flowKey));
    }
}
