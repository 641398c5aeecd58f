package org.sakhiline.menu.store;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;
import org.sakhiline.menu.FlowDefinition;
import org.sakhiline.menu.FlowLoadException;
import org.sakhiline.menu.FlowLoader;
import org.sakhiline.menu.FlowProblem;
import org.sakhiline.menu.FlowValidator;
import org.sakhiline.menu.FlowVersion;
import org.sakhiline.menu.MenuActions;
import org.sakhiline.menu.ScreenLimits;

/**
 * Stored flow versions. At startup it loads each configured flow from {@code menus/} (packaged in the
 * jar, or a configured directory), validates it and publishes it as a new version when no stored version
 * has the same content, so an administrator's later edit is not overwritten by an unchanged release.
 * An invalid flow is never published: its problems are logged and the previous version stays current.
 * Versions are immutable, so they are cached by id for good. Which version is current can change on any
 * instance (a publish or rollback in the console), so the cached answer is re-checked with one indexed
 * query at most every {@link MenuConfig#currentCheck()} per flow: every instance switches within that time.
 */
@ApplicationScoped
public class FlowStore {

    private static final Logger LOG = Logger.getLogger(FlowStore.class);

    @Inject
    MenuConfig config;

    private final Map<Long, FlowVersion> byId = new ConcurrentHashMap<>();
    private final Map<String, Current> current = new ConcurrentHashMap<>();
    /** Monotonic nanoseconds; tests move it on instead of waiting. */
    LongSupplier ticker = System::nanoTime;
    /** Where a check asked for from an I/O thread runs (a worker may block on the database). */
    Executor background = task -> Infrastructure.getDefaultWorkerPool().execute(task);
    /** Flows with a background check under way: one at a time each. */
    private final Set<String> checking = ConcurrentHashMap.newKeySet();

    /** The version found current and when that was last checked against the database. */
    private record Current(FlowVersion version, long checkedAt) {}

    /** Outcome of a publish: the current version afterwards, whether a row was written, and any problems. */
    public record Publication(FlowVersion current, boolean created, List<FlowProblem> problems) {
        public boolean rejected() {
            return !problems.isEmpty();
        }
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.publishOnStart()) {
            return;
        }
        for (String key : config.flows()) {
            try {
                publishFromFiles(key);
            } catch (RuntimeException e) {
                // A broken flow file must not stop the service: the stored version keeps serving.
                LOG.errorf(e, "flow %s: could not publish from files", key);
            }
        }
    }

    public FlowValidator validator() {
        MenuConfig.Screen s = config.screen();
        return new FlowValidator(MenuActions.standard(), new ScreenLimits(s.gsm7Chars(), s.ucs2Units(), s.reserve()));
    }

    /** Loads {@code menus/<key>} (directory or classpath) and publishes it if valid and new. */
    public Publication publishFromFiles(String key) {
        FlowDefinition definition;
        try {
            definition = config.dir().map(d -> FlowLoader.load(d.resolve(key)))
                    .orElseGet(() -> FlowLoader.loadResource("menus/" + key));
        } catch (FlowLoadException e) {
            LOG.errorf("flow %s not published: %s", key, e.getMessage());
            return new Publication(find(key).orElse(null), false,
                    List.of(new FlowProblem("menus/" + key, null, null, e.getMessage())));
        }
        return publish(definition, "files:" + definition.source(), "loaded at startup");
    }

    /** Validates and stores {@code definition} as the newest published version of its flow. */
    public Publication publish(FlowDefinition definition, String author, String note) {
        String key = definition.key();
        List<FlowProblem> problems = validator().validate(definition);
        if (!problems.isEmpty()) {
            problems.forEach(p -> LOG.errorf("flow %s not published: %s", key, p));
            return new Publication(find(key).orElse(null), false, problems);
        }
        String hash = FlowLoader.hash(definition);
        boolean created;
        try {
            created = QuarkusTransaction.requiringNew().call(() -> {
                if (FlowVersionRecord.hashExists(key, hash)) {
                    return false;
                }
                insert(definition, hash, author, note);
                return true;
            });
        } catch (PersistenceException e) {
            // Another instance published the same files at the same moment (unique version number).
            LOG.infof("flow %s: version written concurrently by another instance (%s)", key, e.getMessage());
            created = false;
        }
        current.remove(key);
        return new Publication(find(key).orElse(null), created, List.of());
    }

    /**
     * Writes {@code definition} as the next published version of its flow inside the caller's transaction,
     * even when an older version has the same content: a rollback repeats old content on purpose. The
     * caller validates first and calls {@link #forget} after its commit. Two publishes racing for the same
     * number fail on the unique (flow, version) key; one of them commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public FlowVersionRecord append(FlowDefinition definition, String author, String note) {
        return insert(definition, FlowLoader.hash(definition), author, note);
    }

    private FlowVersionRecord insert(FlowDefinition definition, String hash, String author, String note) {
        FlowVersionRecord r = new FlowVersionRecord();
        r.flowKey = definition.key();
        r.versionNo = FlowVersionRecord.maxVersionNo(definition.key()) + 1;
        r.content = FlowLoader.toJson(definition);
        r.contentHash = hash;
        r.status = FlowVersionRecord.PUBLISHED;
        r.publishedAt = Instant.now();
        r.author = author.length() > 64 ? author.substring(0, 64) : author;
        r.note = note;
        r.persist();
        LOG.infof("flow %s: published version %d (%s)", definition.key(), r.versionNo, r.author);
        return r;
    }

    /** This instance serves the newest published version from its next request on (after a publish here). */
    public void forget(String flowKey) {
        current.remove(flowKey);
    }

    /**
     * The newest published version of a flow, re-checked against the database at most every few seconds.
     * May read the database, so never on an I/O thread: there, {@link #knownCurrent} answers.
     */
    public FlowVersion current(String flowKey) {
        return find(flowKey).orElseThrow(() -> new IllegalStateException("no published version of flow " + flowKey));
    }

    /**
     * For an I/O thread, which must not wait on the database: the current version as this instance knows it
     * (when its check interval has run out, one worker checks for a newer one in the background and the known
     * one serves meanwhile), or empty when this instance has not loaded the flow yet.
     */
    public Optional<FlowVersion> knownCurrent(String flowKey) {
        Current cached = current.get(flowKey);
        if (cached == null) {
            return Optional.empty();
        }
        if (ticker.getAsLong() - cached.checkedAt() >= config.currentCheck().toNanos()) {
            checkInBackground(flowKey);
        }
        return Optional.of(cached.version());
    }

    /** For an I/O thread: a version by id when this instance has compiled it, else empty. */
    public Optional<FlowVersion> knownById(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * What this instance can answer with no database at all — the version by id if compiled here, else the
     * flow's last known current version — for the "service busy" screen, which must not wait on the
     * database that just failed.
     */
    public Optional<FlowVersion> knownWithoutDatabase(Long id, String flowKey) {
        FlowVersion byIdCached = id == null ? null : byId.get(id);
        if (byIdCached != null) {
            return Optional.of(byIdCached);
        }
        return Optional.ofNullable(current.get(flowKey)).map(Current::version);
    }

    /** A version by id, for a session that started on it. May read the database: not on an I/O thread. */
    public FlowVersion byId(long id) {
        FlowVersion cached = byId.get(id);
        if (cached != null) {
            return cached;
        }
        requireBlockingAllowed("loading flow version " + id);
        FlowVersionRecord r = QuarkusTransaction.joiningExisting().call(() -> FlowVersionRecord.<FlowVersionRecord>findById(id));
        if (r == null) {
            throw new IllegalArgumentException("no flow version " + id);
        }
        return cache(r);
    }

    private Optional<FlowVersion> find(String flowKey) {
        Current cached = current.get(flowKey);
        long now = ticker.getAsLong();
        if (cached != null && now - cached.checkedAt() < config.currentCheck().toNanos()) {
            return Optional.of(cached.version());
        }
        requireBlockingAllowed("checking the current version of flow " + flowKey);
        Optional<Long> latest;
        try {
            latest = QuarkusTransaction.joiningExisting().call(() -> FlowVersionRecord.latestPublishedId(flowKey));
        } catch (RuntimeException e) {
            if (cached == null) {
                throw e;
            }
            // The hop will most likely fail on its own queries too; if not, the known version serves it. The
            // next check waits a full interval, so a database outage is not asked once per hop.
            LOG.warnf("flow %s: could not check for a newer version, keeping version %d: %s", flowKey,
                    cached.version().number(), e.getMessage());
            current.put(flowKey, new Current(cached.version(), now));
            return Optional.of(cached.version());
        }
        if (latest.isEmpty()) {
            current.remove(flowKey);
            return Optional.empty();
        }
        FlowVersion version = cached != null && cached.version().id() == latest.get() ? cached.version() : byId(latest.get());
        if (cached != null && cached.version() != version) {
            LOG.infof("flow %s: now serving version %d", flowKey, version.number());
        }
        current.put(flowKey, new Current(version, now));
        return Optional.of(version);
    }

    /** A caller on an I/O thread should have asked {@link #knownCurrent} or {@link #knownById}: a bug, not a busy database. */
    private static void requireBlockingAllowed(String what) {
        if (!BlockingOperationControl.isBlockingAllowed()) {
            throw new IllegalStateException(what + " may wait on the database: not on an I/O thread");
        }
    }

    private void checkInBackground(String flowKey) {
        if (!checking.add(flowKey)) {
            return;
        }
        try {
            background.execute(() -> {
                try {
                    find(flowKey);
                } catch (RuntimeException e) {
                    LOG.warnf("flow %s: background check for a newer version failed: %s", flowKey, e.getMessage());
                } finally {
                    checking.remove(flowKey);
                }
            });
        } catch (RuntimeException e) {
            checking.remove(flowKey);
            LOG.warnf("flow %s: could not start the check for a newer version: %s", flowKey, e.getMessage());
        }
    }

    private FlowVersion cache(FlowVersionRecord r) {
        return byId.computeIfAbsent(r.id, id -> FlowVersion.compile(id, r.versionNo, FlowLoader.fromJson(r.content)));
    }
}
