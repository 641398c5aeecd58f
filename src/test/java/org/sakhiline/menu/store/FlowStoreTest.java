package org.sakhiline.menu.store;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sakhiline.menu.FlowDefinition;
import org.sakhiline.menu.FlowLoader;
import org.sakhiline.menu.FlowVersion;
import org.sakhiline.menu.NodeDef;

@QuarkusTest
class FlowStoreTest {

    @Inject
    FlowStore store;

    @Inject
    MenuConfig config;
    @Inject
    Vertx vertx;

    @Test
    void startupPublishedThePackagedMainFlowOnce() {
        FlowVersion main = store.current("main");
        assertEquals("main", main.key());
        assertSame(main, store.byId(main.id()), "versions are cached by id");
        // The same files again: nothing new is written.
        FlowStore.Publication again = store.publishFromFiles("main");
        assertFalse(again.created());
        assertEquals(main.id(), again.current().id());
        String packaged = FlowLoader.hash(FlowLoader.loadResource("menus/main"));
        // (a console rollback may copy the same content again on purpose; startup itself never does)
        long rows = QuarkusTransaction.requiringNew().call(
                () -> FlowVersionRecord.count("flowKey = ?1 and contentHash = ?2 and author like 'files:%'", "main", packaged));
        assertEquals(1, rows, "the packaged files are stored exactly once");
    }

    @Test
    void anEditedFlowBecomesANewVersionAndAnInvalidOneIsRefused() {
        FlowVersion before = store.current("main");
        FlowDefinition def = before.definition();

        Map<String, Map<String, String>> texts = new LinkedHashMap<>(def.texts());
        Map<String, String> en = new LinkedHashMap<>(texts.get("en"));
        en.put("opt_balance", "My savings");
        texts.put("en", en);
        FlowDefinition edited = copy(def, def.nodes(), texts);
        FlowStore.Publication published = store.publish(edited, "admin:1", "clearer label");
        assertTrue(published.created());
        assertNotEquals(before.id(), published.current().id());
        assertEquals(before.number() + 1, published.current().number());
        assertEquals(published.current().id(), store.current("main").id());
        // A session on the old version still gets its own texts.
        assertEquals("Savings", store.byId(before.id()).definition().texts().get("en").get("opt_balance"));

        Map<String, NodeDef> nodes = new LinkedHashMap<>(def.nodes());
        nodes.remove("balance_screen");
        FlowStore.Publication refused = store.publish(copy(def, nodes, texts), "admin:1", "broken");
        assertTrue(refused.rejected());
        assertTrue(refused.problems().toString().contains("unknown target 'balance_screen'"), refused.problems().toString());
        assertEquals(published.current().id(), store.current("main").id());
    }

    @Test
    void anotherInstanceSwitchesToANewVersionWithinTheCheckInterval() {
        long[] nanos = {0};
        FlowStore other = otherInstance(nanos);
        FlowVersion before = other.current("main");
        assertEquals(store.current("main").id(), before.id());

        FlowDefinition def = before.definition();
        String meeting = "Next meeting " + System.nanoTime();
        FlowStore.Publication published = publishElsewhere(def, meeting);
        try {
            assertTrue(published.created());
            assertEquals(published.current().id(), store.current("main").id(), "the publishing instance switches at once");

            nanos[0] += config.currentCheck().toNanos() - 1;
            assertEquals(before.id(), other.current("main").id(), "within the interval the other instance has not looked");
            nanos[0] += 1;
            assertEquals(published.current().id(), other.current("main").id(), "after it, one query finds the new version");
            assertSame(other.current("main"), other.current("main"));
            assertEquals(meeting, other.current("main").definition().texts().get("en").get("opt_meeting"));
        } finally {
            // Other tests read the shipped wording: put it back as a new version.
            QuarkusTransaction.requiringNew().run(() -> store.append(def, "test", "restore"));
            store.forget("main");
        }
    }

    @Test
    void onAnIoThreadTheKnownVersionServesWhileOneWorkerLooksForANewerOne() throws Exception {
        long[] nanos = {0};
        FlowStore other = otherInstance(nanos);
        FlowVersion before = other.current("main");
        FlowDefinition def = before.definition();
        FlowStore.Publication published = publishElsewhere(def, "Next meeting " + System.nanoTime());
        try {
            nanos[0] += config.currentCheck().toNanos();
            CompletableFuture<FlowVersion> onLoop = new CompletableFuture<>();
            CompletableFuture<Boolean> unknownFlowOnLoop = new CompletableFuture<>();
            vertx.getOrCreateContext().runOnContext(v -> {
                try {
                    unknownFlowOnLoop.complete(other.knownCurrent("never-loaded").isPresent());
                    onLoop.complete(other.knownCurrent("main").orElseThrow());
                } catch (RuntimeException e) {
                    onLoop.completeExceptionally(e);
                }
            });
            assertEquals(before.id(), onLoop.get(10, TimeUnit.SECONDS).id(), "the event loop does not wait for the database");
            assertFalse(unknownFlowOnLoop.get(10, TimeUnit.SECONDS), "a flow not loaded here is for a worker to load");
            await().atMost(Duration.ofSeconds(10)).until(() -> other.knownWithoutDatabase(null, "main")
                    .map(FlowVersion::id).orElse(-1L) == published.current().id());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> store.append(def, "test", "restore"));
            store.forget("main");
        }
    }

    /** A second instance of the store, as on another server, with a clock the test moves on. */
    private FlowStore otherInstance(long[] nanos) {
        FlowStore other = new FlowStore();
        other.config = config;
        other.ticker = () -> nanos[0];
        return other;
    }

    /** Publishes {@code def} with a new English meeting label through this instance. */
    private FlowStore.Publication publishElsewhere(FlowDefinition def, String meetingLabel) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>(def.texts());
        Map<String, String> en = new LinkedHashMap<>(texts.get("en"));
        en.put("opt_meeting", meetingLabel);
        texts.put("en", en);
        return store.publish(copy(def, def.nodes(), texts), "admin:1", "elsewhere");
    }

    private static FlowDefinition copy(FlowDefinition d, Map<String, NodeDef> nodes, Map<String, Map<String, String>> texts) {
        return FlowLoader.fromJson(FlowLoader.toJson(new FlowDefinition(d.key(), d.defaultLanguage(), d.languages(), d.start(),
                d.home(), d.pinGate(), nodes, texts, d.source())));
    }
}
