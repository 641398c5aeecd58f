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
}
