package org.sakhiline.admin.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sakhiline.menu.FlowDefinition;
import org.sakhiline.menu.FlowLoader;
import org.sakhiline.menu.NodeDef;

/** Exported YAML loads back to the same definition: the editor, the diff and the zip depend on it. */
class FlowYamlWriterTest {

    @Test
    void everyShippedFlowRoundTripsThroughItsExport() throws IOException {
        List<Path> flows;
        try (Stream<Path> dirs = Files.list(Path.of("menus"))) {
            flows = dirs.filter(d -> Files.exists(d.resolve("flow.yaml"))).toList();
        }
        assertTrue(!flows.isEmpty(), "no flow under menus/");
        for (Path dir : flows) {
            FlowDefinition shipped = FlowLoader.load(dir);
            // as stored in flow_version: JSON with sorted keys
            FlowDefinition stored = FlowLoader.fromJson(FlowLoader.toJson(shipped));
            for (FlowDefinition def : List.of(shipped, stored)) {
                FlowFiles files = FlowYamlWriter.write(def);
                FlowDefinition back = FlowLoader.fromYaml("menus/" + def.key(), files.flowYaml(), files.texts());
                assertEquals(FlowLoader.hash(def), FlowLoader.hash(back), dir + ":\n" + files.flowYaml());
                assertEquals(FlowLoader.toJson(withSource(def)), FlowLoader.toJson(withSource(back)));
            }
        }
    }

    @Test
    void awkwardTextsAndNamesSurvive() {
        FlowDefinition main = FlowLoader.load(Path.of("menus/main"));
        Map<String, Map<String, String>> texts = new LinkedHashMap<>(main.texts());
        Map<String, String> en = new LinkedHashMap<>(texts.get("en"));
        en.put("opt_balance", "Say \"yes\" \\ no: {amount}\n# not a comment\ttab");
        en.put("no", "yes");
        en.put("pin_saved", "  leading spaces, trailing  ");
        en.put("busy", "{#if x}x{/if} ✓ 😊 — ‘quotes’ \u2028 line sep");
        texts.put("en", en);
        Map<String, NodeDef> nodes = new LinkedHashMap<>(main.nodes());
        NodeDef meeting = nodes.remove("meeting");
        nodes.put("on", meeting);
        FlowDefinition odd = new FlowDefinition(main.key(), main.defaultLanguage(), main.languages(), main.start(),
                main.home(), main.pinGate(), nodes, texts, main.source());
        FlowFiles files = FlowYamlWriter.write(odd);
        FlowDefinition back = FlowLoader.fromYaml("menus/main", files.flowYaml(), files.texts());
        assertEquals(FlowLoader.hash(odd), FlowLoader.hash(back));
        assertEquals("Say \"yes\" \\ no: {amount}\n# not a comment\ttab", back.texts().get("en").get("opt_balance"));
        assertEquals("yes", back.texts().get("en").get("no"));
    }

    @Test
    void exportReadsLikeTheHandWrittenFiles() {
        FlowFiles files = FlowYamlWriter.write(FlowLoader.load(Path.of("menus/main")));
        assertTrue(files.flowYaml().startsWith("key: main\ndefaultLanguage: hi\nlanguages: [en, hi, hi-Latn,"), files.flowYaml());
        assertTrue(files.flowYaml().contains("""
                  identify:
                    kind: action
                    action: choose_member
                    on: {pin_set: main, pin_not_set: first_pin, choose: who, unknown: unknown_phone}
                """), files.flowYaml());
        assertTrue(files.flowYaml().contains("      - {digit: \"2\", label: lang_hi, target: set_language, set: {lang: hi}}\n"));
        assertTrue(files.texts().get("hi").startsWith("nav_back: \"पीछे\"\nnav_more: \"आगे\"\n"), files.texts().get("hi"));
        assertEquals(List.of("en", "hi", "hi-Latn", "as", "bn", "mni", "ur", "ur-Latn", "sd"), List.copyOf(files.texts().keySet()));
    }

    private static FlowDefinition withSource(FlowDefinition d) {
        return new FlowDefinition(d.key(), d.defaultLanguage(), d.languages(), d.start(), d.home(), d.pinGate(), d.nodes(),
                d.texts(), "-");
    }
}
