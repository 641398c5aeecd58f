package org.sakhiline.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DltPatternTest {

    @Test
    void eachPlaceholderRunBecomesAsManyVariablesAsItsWidestValueNeeds() {
        DltPattern p = DltPattern.of("{name}: your savings {amount}.", Map.of("name", 30, "amount", 12));
        assertEquals("{#var#}: your savings {#var#}.", p.registration());
        assertTrue(p.problems().isEmpty());
        assertTrue(p.matches("Sunita Devi: your savings Rs 1,25,300."));
        assertFalse(p.matches("Sunita Devi: your balance Rs 1,25,300."), "literal text must be the registered one");
        assertFalse(p.matches("W".repeat(31) + ": your savings Rs 5."), "a variable holds at most 30 characters");

        DltPattern wide = DltPattern.of("{entries}. Savings {amount}.", Map.of("entries", 90, "amount", 12));
        assertEquals("{#var#}{#var#}{#var#}. Savings {#var#}.", wide.registration());
        assertTrue(wide.matches("W".repeat(90) + ". Savings Rs 5."));
    }

    @Test
    void aConditionalSectionIsPartOfTheVariableRunAroundIt() {
        DltPattern p = DltPattern.of("Meeting {day}, {time}{#if place} at {place}{/if}. Reply STOP.",
                Map.of("day", 11, "time", 8, "place", 30));
        assertEquals("Meeting {#var#}, {#var#}{#var#}. Reply STOP.", p.registration());
        assertTrue(p.matches("Meeting Wed, 17 Sep, 10:30 am. Reply STOP."));
        assertTrue(p.matches("Meeting Wed, 17 Sep, 10:30 am at " + "P".repeat(30) + ". Reply STOP."));
    }

    @Test
    void anUnboundedPlaceholderOrAnotherQuteConstructCannotBeProven() {
        assertEquals(List.of("{who} has no known widest value: add it to the DLT variable widths"),
                DltPattern.of("Hello {who}.", Map.of()).problems());
        assertEquals(1, DltPattern.of("{#each items}{it}{/each}", Map.of("it", 3)).problems().stream()
                .filter(s -> s.contains("#each")).count());
    }

    @Test
    void clipCutsFreeTextToWhatItsVariablesHold() {
        assertEquals("Sunita", DltPattern.clip("Sunita", 1));
        assertEquals(30, DltPattern.clip("x".repeat(45), 1).length());
        String native31 = "सु".repeat(16); // 32 code points
        assertEquals(30, DltPattern.clip(native31, 1).codePointCount(0, DltPattern.clip(native31, 1).length()));
    }
}
