package org.sakhiline.admin.flows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sakhiline.audit.AuditEntry;
import org.sakhiline.audit.AuditLog;
import org.sakhiline.menu.FlowDefinition;
import org.sakhiline.menu.FlowProblem;
import org.sakhiline.menu.store.FlowStore;
import org.sakhiline.menu.store.FlowVersionRecord;

/**
 * Makes a version current: publishing a valid draft, or rolling back to an earlier version by copying it
 * as a new version. History is never rewritten; sessions already running keep the version they started
 * on. Each change writes its audit row in the same transaction and this instance switches at once
 * (others within {@code sakhiline.menus.current-check}).
 */
@ApplicationScoped
public class FlowPublishing {

    static final int MAX_NOTE = 200;
    /** Room left in the version's note (200) after "rollback to v12345: ". */
    static final int MAX_ROLLBACK_NOTE = 180;
    static final String ROLLBACK_PREFIX = "rollback to v";

    private final FlowStore store;
    private final FlowDrafts drafts;
    private final FlowHistory history;
    private final AuditLog audit;

    public FlowPublishing(FlowStore store, FlowDrafts drafts, FlowHistory history, AuditLog audit) {
        this.store = store;
        this.drafts = drafts;
        this.history = history;
        this.audit = audit;
    }

    /**
     * The new version, or why nothing was published: a refusal code (see {@link FlowRefusals}) with its one
     * value, and/or the draft's problems. Pages say the code in the reader's language.
     */
    public record Result(VersionFacts version, String refusal, String arg, List<FlowProblem> problems) {
        static Result refused(String why) {
            return new Result(null, why, null, List.of());
        }

        static Result refused(String why, String arg) {
            return new Result(null, why, arg, List.of());
        }

        public boolean published() {
            return version != null;
        }
    }

    /** Publishes the draft as the editor last saw it ({@code seenRevision}) when it is valid and has a note. */
    public Result publish(String key, String note, int seenRevision, String user) {
        String why = noteProblem(note);
        if (why != null) {
            return Result.refused(why);
        }
        Result result = racing(() -> QuarkusTransaction.requiringNew().call(() -> {
            FlowDraft draft = FlowDrafts.locked(key);
            if (draft.revision != seenRevision) {
                return Result.refused(FlowRefusals.STALE, draft.updatedBy);
            }
            FlowSources.Checked checked = drafts.check(key, draft.files());
            if (!checked.valid()) {
                return new Result(null, FlowRefusals.PROBLEMS, null, checked.problems());
            }
            Optional<VersionFacts> before = history.current(key);
            VersionFacts after = VersionFacts.of(store.append(checked.definition(), user, note.strip()));
            audit.record(AuditEntry.of("flow.publish", "flow", key, null,
                    "published " + key + " " + after.label() + ": " + note.strip(), before.orElse(null), after));
            draft.delete();
            return new Result(after, null, null, List.of());
        }));
        if (result.published()) {
            store.forget(key);
        }
        return result;
    }

    /**
     * Makes version {@code versionId} current again as a new version noted "rollback to vN: her note"; the
     * note (required) is also in the audit entry.
     */
    public Result rollback(String key, long versionId, String user, String why) {
        String noteProblem = rollbackNoteProblem(why);
        if (noteProblem != null) {
            return Result.refused(noteProblem);
        }
        Result result = racing(() -> QuarkusTransaction.requiringNew().call(() -> {
            FlowVersionRecord target = history.version(key, versionId);
            Optional<VersionFacts> before = history.current(key);
            if (before.isPresent() && before.get().id() == target.id) {
                return Result.refused(FlowRefusals.CURRENT, "v" + target.versionNo);
            }
            FlowDefinition definition = FlowHistory.definition(target);
            List<FlowProblem> problems = store.validator().validate(definition);
            if (!problems.isEmpty()) {
                return new Result(null, FlowRefusals.INVALID, "v" + target.versionNo, problems);
            }
            String note = ROLLBACK_PREFIX + target.versionNo + ": " + why.strip();
            VersionFacts after = VersionFacts.of(store.append(definition, user, note));
            audit.record(AuditEntry.of("flow.rollback", "flow", key, null, "rolled " + key + " back to v" + target.versionNo
                    + " as " + after.label() + ": " + why.strip(), before.orElse(null),
                    Map.of("version", after, "copyOf", VersionFacts.of(target), "note", why.strip())));
            return new Result(after, null, null, List.of());
        }));
        if (result.published()) {
            store.forget(key);
        }
        return result;
    }

    /** Two publishes of one flow at the same moment: the unique version number lets one win; the other is told. */
    private static Result racing(java.util.function.Supplier<Result> change) {
        try {
            return change.get();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLIntegrityConstraintViolationException
                        || t instanceof org.hibernate.exception.ConstraintViolationException) {
                    return Result.refused(FlowRefusals.RACE);
                }
            }
            throw e;
        }
    }

    /** "note" when the rollback has no note, "note-long" past {@link #MAX_ROLLBACK_NOTE}; null when fine. */
    static String rollbackNoteProblem(String note) {
        if (note == null || note.isBlank()) {
            return FlowRefusals.NOTE;
        }
        return note.strip().length() > MAX_ROLLBACK_NOTE ? FlowRefusals.NOTE_LONG : null;
    }

    static String noteProblem(String note) {
        if (note == null || note.isBlank()) {
            return FlowRefusals.NOTE;
        }
        return note.strip().length() > MAX_NOTE ? FlowRefusals.NOTE_LONG : null;
    }
}
