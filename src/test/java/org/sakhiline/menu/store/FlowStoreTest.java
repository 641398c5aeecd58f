package org.sakhiline.menu.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sakhiline.menu.FlowDefinition;
import org.sakhiline.menu.FlowLoader;
import org.sakhiline.menu.FlowVersion;
import org.sakhiline.menu.NodeDef;

@QuarkusTest
class FlowStoreTest {

    @Inject
    FlowStore store;

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
        long rows = QuarkusTransaction.requiringNew().call(
                () -> FlowVersionRecord.count("flowKey = ?1 and contentHash = ?2", "main", packaged));
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

    private static FlowDefinition copy(FlowDefinition d, Map<String, NodeDef> nodes, Map<String, Map<String, String>> texts) {
        return FlowLoader.fromJson(FlowLoader.toJson(new FlowDefinition(d.key(), d.defaultLanguage(), d.languages(), d.start(),
                d.home(), d.pinGate(), nodes, texts, d.source())));
    }
}
