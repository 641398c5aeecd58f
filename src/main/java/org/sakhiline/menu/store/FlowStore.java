package org.sakhiline.menu.store;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 * Versions are immutable, so they are cached by id for good: a hop costs no query for its flow.
 */
@ApplicationScoped
public class FlowStore {

    private static final Logger LOG = Logger.getLogger(FlowStore.class);

    @Inject
    MenuConfig config;

    private final Map<Long, FlowVersion> byId = new ConcurrentHashMap<>();
    private final Map<String, FlowVersion> current = new ConcurrentHashMap<>();

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
                FlowVersionRecord r = new FlowVersionRecord();
                r.flowKey = key;
                r.versionNo = FlowVersionRecord.maxVersionNo(key) + 1;
                r.content = FlowLoader.toJson(definition);
                r.contentHash = hash;
                r.status = FlowVersionRecord.PUBLISHED;
                r.publishedAt = Instant.now();
                r.author = author.length() > 64 ? author.substring(0, 64) : author;
                r.note = note;
                r.persist();
                LOG.infof("flow %s: published version %d (%s)", key, r.versionNo, author);
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

    /** The newest published version of a flow; served from memory after the first call. */
    public FlowVersion current(String flowKey) {
        return find(flowKey).orElseThrow(() -> new IllegalStateException("no published version of flow " + flowKey));
    }

    /** A version by id, for a session that started on it. */
    public FlowVersion byId(long id) {
        FlowVersion cached = byId.get(id);
        if (cached != null) {
            return cached;
        }
        FlowVersionRecord r = QuarkusTransaction.joiningExisting().call(() -> FlowVersionRecord.<FlowVersionRecord>findById(id));
        if (r == null) {
            throw new IllegalArgumentException("no flow version " + id);
        }
        return cache(r);
    }

    private Optional<FlowVersion> find(String flowKey) {
        FlowVersion cached = current.get(flowKey);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<FlowVersionRecord> latest = QuarkusTransaction.joiningExisting().call(() -> FlowVersionRecord.latestPublished(flowKey));
        latest.ifPresent(r -> current.put(flowKey, byId.containsKey(r.id) ? byId.get(r.id) : cache(r)));
        return latest.map(r -> current.get(flowKey));
    }

    private FlowVersion cache(FlowVersionRecord r) {
        return byId.computeIfAbsent(r.id, id -> FlowVersion.compile(id, r.versionNo, FlowLoader.fromJson(r.content)));
    }

    /** Picks up versions published by other instances (one cheap query per cached flow). */
    @Scheduled(every = "${sakhiline.menus.refresh-every:30s}", identity = "flow-store-refresh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        for (String key : List.copyOf(current.keySet())) {
            try {
                QuarkusTransaction.requiringNew().run(() -> FlowVersionRecord.latestPublished(key).ifPresent(r -> {
                    FlowVersion now = current.get(key);
                    if (now == null || now.id() != r.id) {
                        current.put(key, cache(r));
                        LOG.infof("flow %s: now serving version %d", key, r.versionNo);
                    }
                }));
            } catch (RuntimeException e) {
                LOG.warnf("flow %s: refresh failed, keeping the cached version: %s", key, e.getMessage());
            }
        }
    }
}
