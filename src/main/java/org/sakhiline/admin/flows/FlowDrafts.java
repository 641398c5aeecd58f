package org.sakhiline.admin.flows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.sakhiline.audit.AuditEntry;
import org.sakhiline.audit.AuditLog;
import org.sakhiline.menu.FlowLoader;
import org.sakhiline.menu.store.FlowStore;
import org.sakhiline.menu.store.FlowVersionRecord;
import org.sakhiline.support.problem.ConflictException;
import org.sakhiline.support.problem.NotFoundException;

/**
 * A flow's draft: started from a published version (exported back to YAML), saved as typed (valid or
 * not, so no edit is lost), checked, discarded. Publishing it is {@link FlowPublishing}'s job.
 */
@ApplicationScoped
public class FlowDrafts {

    private final FlowStore store;
    private final FlowHistory history;
    private final AuditLog audit;

    public FlowDrafts(FlowStore store, FlowHistory history, AuditLog audit) {
        this.store = store;
        this.history = history;
        this.audit = audit;
    }

    /** The outcome of a save: saved (with the new revision), or refused because someone saved in between. */
    public record Saved(boolean saved, int revision, String savedBy, Instant savedAt) {}

    public Optional<FlowDraft> find(String key) {
        return QuarkusTransaction.joiningExisting().call(() -> FlowDraft.forFlow(key));
    }

    /** Checks files as the editor holds them: parse errors per file plus the validator's findings. */
    public FlowSources.Checked check(String key, FlowFiles files) {
        return FlowSources.check(key, files, store.validator());
    }

    /** A new draft holding version {@code versionId} as files; refused while the flow has a draft. */
    public FlowDraft start(String key, long versionId, String user) {
        return QuarkusTransaction.requiringNew().call(() -> {
            FlowVersionRecord from = history.version(key, versionId);
            if (FlowDraft.forFlow(key).isPresent()) {
                throw new ConflictException("draft_exists", "flow " + key + " already has a draft: publish or discard it first");
            }
            FlowDraft d = new FlowDraft();
            d.flowKey = key;
            d.setFiles(FlowYamlWriter.write(FlowHistory.definition(from)));
            d.basedOnVersionId = from.id;
            d.revision = 1;
            d.createdBy = user;
            d.updatedBy = user;
            d.updatedAt = Instant.now();
            d.persist();
            audit.record(AuditEntry.of("flow.draft.start", "flow", key, null,
                    "draft of " + key + " started from v" + from.versionNo, null, Map.of("basedOn", VersionFacts.of(from))));
            return d;
        });
    }

    /**
     * Stores the files as typed when the editor saw the latest revision; otherwise changes nothing and
     * says who saved in between (the editor keeps her text on screen).
     */
    public Saved save(String key, FlowFiles files, int seenRevision, String user) {
        return QuarkusTransaction.requiringNew().call(() -> {
            FlowDraft d = locked(key);
            if (d.revision != seenRevision) {
                return new Saved(false, d.revision, d.updatedBy, d.updatedAt);
            }
            String before = hashOrNull(d.files());
            d.setFiles(files);
            d.revision++;
            d.updatedBy = user;
            d.updatedAt = Instant.now();
            audit.record(AuditEntry.of("flow.draft.save", "flow", key, null, "draft of " + key + " saved (revision "
                    + d.revision + ")", Map.of("revision", seenRevision, "contentHash", String.valueOf(before)),
                    Map.of("revision", d.revision, "contentHash", String.valueOf(hashOrNull(files)))));
            return new Saved(true, d.revision, user, d.updatedAt);
        });
    }

    public void discard(String key, String user) {
        QuarkusTransaction.requiringNew().run(() -> {
            FlowDraft d = locked(key);
            audit.record(AuditEntry.of("flow.draft.discard", "flow", key, null, "draft of " + key + " discarded",
                    Map.of("revision", d.revision, "updatedBy", d.updatedBy), null));
            d.delete();
        });
    }

    /** The draft row locked for this transaction: saves and publishes of one draft take turns. */
    static FlowDraft locked(String key) {
        return FlowDraft.<FlowDraft>find("flowKey", key).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("draft of flow", key));
    }

    /** Hash of what the files load to, for the audit trail; null while they do not load. */
    private static String hashOrNull(FlowFiles files) {
        try {
            return FlowLoader.hash(FlowLoader.fromYaml("draft", files.flowYaml(),
                    files.texts().entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
