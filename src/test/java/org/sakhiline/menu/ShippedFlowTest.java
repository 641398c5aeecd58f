package org.sakhiline.menu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The flows shipped under menus/ must pass the validator as they are. */
class ShippedFlowTest {

    @Test
    void mainMenuIsValid() {
        FlowDefinition main = FlowLoader.load(Path.of("menus/main"));
        List<FlowProblem> problems = FlowValidator.standard().validate(main);
        assertEquals("", problems.stream().map(FlowProblem::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void aStoredVersionKeepsEveryRuleOfTheFlow() {
        FlowDefinition main = FlowLoader.load(Path.of("menus/main"));
        FlowDefinition stored = FlowLoader.fromJson(FlowLoader.toJson(main));
        assertEquals(main.nodes(), stored.nodes(), "a field lost in the stored JSON (e.g. min: 0) changes the flow");
    }

    @Test
    void aRefusalByTheBooksIsWordedInHerLanguageWhereTheFlowHasWordsForIt() {
        FlowVersion main = FlowVersion.compile(1, 1, FlowLoader.load(Path.of("menus/main")));
        MenuEngine engine = new MenuEngine(null);
        MenuOutput gone = engine.refused(main, "hi", "sheet-not-draft");
        assertEquals("refused_sheet_not_draft", gone.lines().get(0).key());
        assertEquals(main.text("hi", "sheet_gone").template().render(), gone.lines().get(0).text());
        assertEquals(true, gone.end());
        // A refusal the flow has no words for is the busy screen, never a stack trace or an empty screen.
        assertEquals(MenuEngine.KEY_BUSY, engine.refused(main, "ur", "member-exited").lines().get(0).key());
    }
}
