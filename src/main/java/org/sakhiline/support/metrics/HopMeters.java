package org.sakhiline.support.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every USSD hop, from the request reaching the conversation to its answer:
 * {@code sakhiline.hop{gateway, outcome, node}} (count, sum, max) and {@code sakhiline.hop.latency{gateway}}
 * with histogram buckets for p99 in Grafana (kept apart so node x outcome do not multiply the buckets).
 *
 * <p>A hop may start on the I/O thread and finish on a worker, so what it learns on the way (the node it
 * landed on, a busy or refused answer) is noted under its session key, not in a thread local.
 */
@ApplicationScoped
public class HopMeters {

    /** Outcomes: the session continues, ends, or the caller got "busy" (a failure) or a refusal by the books. */
    public static final String CONTINUE = "continue";
    public static final String END = "end";
    public static final String BUSY = "busy";
    public static final String REFUSED = "refused";
    static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5)};

    /** Hops in flight beyond which ones older than {@link #STALE_NANOS} are dropped (a hop that never ended). */
    private static final int MAX_OPEN = 10_000;
    private static final long STALE_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final MeterRegistry registry;
    private final BoundedTag nodes = new BoundedTag(300);
    private final ConcurrentHashMap<String, InFlight> open = new ConcurrentHashMap<>();
    /**
     * The timers by tags, so a hop looks its two up once instead of building and registering them (tag sorting, a
     * meter id, the registry's lookup) every time. Bounded as the tags are: gateways x outcomes x 300 nodes.
     */
    private final ConcurrentHashMap<String, Timer> timers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Timer> latencies = new ConcurrentHashMap<>();

    public HopMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Meters of their own, seen by nobody: for a conversation built outside CDI (a second "instance" in tests). */
    public static HopMeters detached() {
        return new HopMeters(new SimpleMeterRegistry());
    }

    /** One hop in flight; end it exactly once with {@link InFlight#end}. */
    public final class InFlight {
        private final String key;
        private final String gateway;
        private final long started = System.nanoTime();
        private volatile String node;
        private volatile String outcome;

        private InFlight(String key, String gateway) {
            this.key = key;
            this.gateway = gateway;
        }

        /** @param continues the answer keeps the session open; @param failed the hop ended in an exception */
        public void end(boolean continues, boolean failed) {
            open.remove(key, this);
            long nanos = System.nanoTime() - started;
            String result = failed ? BUSY : outcome != null ? outcome : continues ? CONTINUE : END;
            String tag = nodes.of(node);
            timers.computeIfAbsent(gateway + '\n' + result + '\n' + tag, k -> Timer.builder("sakhiline.hop")
                    .description("USSD hops by gateway, outcome and the flow node answered")
                    .tags("gateway", gateway, "outcome", result, "node", tag).register(registry))
                    .record(nanos, TimeUnit.NANOSECONDS);
            latencies.computeIfAbsent(gateway, k -> Timer.builder("sakhiline.hop.latency")
                    .description("USSD hop latency by gateway (histogram)")
                    .tags("gateway", gateway).serviceLevelObjectives(BUCKETS).register(registry))
                    .record(nanos, TimeUnit.NANOSECONDS);
        }
    }

    /** Starts timing the hop of session {@code key} ("at:…" Africa's Talking, "gw:…" latest-input gateways). */
    public InFlight begin(String key) {
        InFlight hop = new InFlight(key, gatewayOf(key));
        if (open.size() >= MAX_OPEN) {
            open.values().removeIf(h -> hop.started - h.started > STALE_NANOS);
        }
        open.put(key, hop);
        return hop;
    }

    /** The hop answers from flow node {@code node} (its id in the published flow). */
    public void at(String key, String node) {
        InFlight hop = open.get(key);
        if (hop != null) {
            hop.node = node;
        }
    }

    /** The hop answered {@link #BUSY} or {@link #REFUSED} instead of a screen of the flow. */
    public void outcome(String key, String outcome) {
        InFlight hop = open.get(key);
        if (hop != null) {
            hop.outcome = outcome;
        }
    }

    static String gatewayOf(String key) {
        if (key.startsWith("at:")) {
            return "africastalking";
        }
        return key.startsWith("gw:") ? "session" : BoundedTag.OTHER;
    }
}
