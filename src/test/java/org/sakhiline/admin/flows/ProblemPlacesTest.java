package org.sakhiline.admin.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sakhiline.menu.FlowLoader;
import org.sakhiline.menu.FlowValidator;

/** Every problem the editor lists names the text key and its line in the draft as typed, and the field to open. */
class ProblemPlacesTest {

    private static final FlowFiles MAIN = FlowYamlWriter.write(FlowLoader.load(Path.of("menus/main")));

    private static FlowFiles withText(String lang, String yaml) {
        Map<String, String> texts = new LinkedHashMap<>(MAIN.texts());
        texts.put(lang, yaml);
        return new FlowFiles(MAIN.flowYaml(), texts);
    }

    private static List<ProblemPlaces.Placed> placed(FlowFiles files) {
        FlowSources.Checked checked = FlowSources.check("main", files, FlowValidator.standard());
        return ProblemPlaces.of(checked.problems(), files, checked.definition());
    }

    private static int lineOf(String text, String start) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starting " + start);
    }

    @Test
    void anOverlongScreenNamesItsLongestTextAndItsLineInTheFieldOfItsLanguage() {
        String ur = MAIN.texts().get("ur");
        String longLabel = "اپنی بچت کا پورا حساب اور پچھلے مہینے کی جمع رقم یہاں سنیں";
        String typed = ur.replaceFirst("(?m)^opt_balance: .*$", "opt_balance: \"" + longLabel + "\"");
        List<ProblemPlaces.Placed> problems = placed(withText("ur", typed));
        assertEquals(1, problems.size(), problems.toString());
        ProblemPlaces.Placed p = problems.get(0);
        assertEquals("opt_balance", p.key());
        assertEquals("texts-ur", p.field());
        assertEquals(lineOf(typed, "opt_balance:"), p.line());
        assertEquals("#texts-ur-line-" + p.line(), p.href());
        assertFalse(p.keyMissing());
    }

    @Test
    void aMissingTranslationNamesItsKeyAndSaysItIsNotInTheFile() {
        String hi = MAIN.texts().get("hi").replaceFirst("(?m)^opt_dues: .*\\n", "");
        ProblemPlaces.Placed p = placed(withText("hi", hi)).stream().filter(x -> "opt_dues".equals(x.key())).findFirst()
                .orElseThrow(() -> new AssertionError(placed(withText("hi", hi)).toString()));
        assertTrue(p.keyMissing());
        assertEquals(0, p.line());
        assertEquals("texts-hi", p.field());
    }

    @Test
    void aPlaceholderNoActionProvidesNamesTheTextUsingIt() {
        String en = MAIN.texts().get("en");
        String typed = en.replaceFirst("(?m)^opt_meeting: .*$", "opt_meeting: \"Meeting {nonsense}\"");
        ProblemPlaces.Placed p = placed(withText("en", typed)).get(0);
        assertEquals("opt_meeting", p.key());
        assertEquals(lineOf(typed, "opt_meeting:"), p.line());
    }

    @Test
    void aNodeProblemPointsAtTheNodeInFlowYaml() {
        String flow = MAIN.flowYaml().replace("on: {pin_set: main,", "on: {pin_set: nowhere,");
        assertTrue(flow.contains("nowhere"), "the test edits the identify node");
        FlowFiles files = new FlowFiles(flow, MAIN.texts());
        ProblemPlaces.Placed p = placed(files).stream().filter(x -> "identify".equals(x.node())).findFirst()
                .orElseThrow(() -> new AssertionError(placed(files).toString()));
        assertEquals("flow-yaml", p.field());
        assertEquals(lineOf(flow, "  identify:"), p.line());
    }

    @Test
    void aFileThatDoesNotParseIsPlacedAtTheLineTheReaderNames() {
        List<ProblemPlaces.Placed> problems = placed(withText("bn", "nav_back: \"ফিরে\"\nbroken: [\n"));
        ProblemPlaces.Placed p = problems.stream().filter(x -> "texts-bn".equals(x.field())).findFirst()
                .orElseThrow(() -> new AssertionError(problems.toString()));
        assertTrue(p.line() > 0, p.toString());
    }
}
