package org.sakhiline.admin.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sakhiline.menu.FlowLoader;
import org.sakhiline.menu.FlowProblem;
import org.sakhiline.menu.FlowValidator;

/** The editor's check: each broken file, node and language is named, and a good draft has no problems. */
class FlowSourcesTest {

    private static final FlowFiles MAIN = FlowYamlWriter.write(FlowLoader.load(Path.of("menus/main")));

    private static FlowFiles withText(String lang, String yaml) {
        Map<String, String> texts = new LinkedHashMap<>(MAIN.texts());
        texts.put(lang, yaml);
        return new FlowFiles(MAIN.flowYaml(), texts);
    }

    @Test
    void theShippedFlowAsFilesIsValid() {
        FlowSources.Checked checked = FlowSources.check("main", MAIN, FlowValidator.standard());
        assertEquals(List.of(), checked.problems());
        assertTrue(checked.valid());
    }

    @Test
    void anOverlongHindiScreenNamesItsFileNodeAndLanguage() {
        String longLabel = "बचत ".repeat(25).strip();
        FlowFiles files = withText("hi", MAIN.texts().get("hi").replace("opt_balance: \"बचत\"", "opt_balance: \"" + longLabel + "\""));
        List<FlowProblem> problems = FlowSources.check("main", files, FlowValidator.standard()).problems();
        FlowProblem p = problems.stream().filter(x -> "hi".equals(x.language())).findFirst().orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals("menus/main/texts/hi.yaml", p.file());
        assertEquals("main", p.node());
        assertTrue(p.message().startsWith("screen needs"), p.message());
        assertTrue(problems.stream().allMatch(x -> "hi".equals(x.language())), problems.toString());
    }

    @Test
    void everyUnreadableFileIsReportedOnItsOwn() {
        Map<String, String> texts = new LinkedHashMap<>(MAIN.texts());
        texts.put("hi", "nav_back: \"पीछे\nbroken: [");
        texts.put("bn", "- a list\n- not a map\n");
        FlowSources.Checked checked = FlowSources.check("main", new FlowFiles(MAIN.flowYaml(), texts), FlowValidator.standard());
        assertNotNull(checked.definition());
        List<String> files = checked.problems().stream().map(FlowProblem::file).distinct().toList();
        assertEquals(List.of("menus/main/texts/hi.yaml", "menus/main/texts/bn.yaml"), files, checked.problems().toString());
        assertEquals("hi", checked.problems().get(0).language());

        FlowSources.Checked noFlow = FlowSources.check("main", new FlowFiles("key: main\nnodes: [oops", texts), FlowValidator.standard());
        assertNull(noFlow.definition());
        assertEquals("menus/main/flow.yaml", noFlow.problems().get(0).file());
        assertEquals(3, noFlow.problems().size(), noFlow.problems().toString());
    }

    @Test
    void theKeyCannotChangeAndStrayTextFilesAreNamed() {
        Map<String, String> texts = new LinkedHashMap<>(MAIN.texts());
        texts.put("ta", "nav_back: \"பின்\"\n");
        FlowFiles files = new FlowFiles(MAIN.flowYaml().replace("key: main", "key: other"), texts);
        List<FlowProblem> problems = FlowSources.check("main", files, FlowValidator.standard()).problems();
        assertTrue(problems.stream().anyMatch(p -> p.message().startsWith("key must be 'main'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("texts/ta.yaml") && "ta".equals(p.language())), problems.toString());
    }
}
