package org.sakhiline.admin.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    private static String render(List<LineDiff.Line> lines) {
        return lines.stream().map(l -> l.fold() ? "~" + l.skipped() : l.sign() + l.text()).collect(Collectors.joining("|"));
    }

    @Test
    void changedLineIsARemovalAndAnAddition() {
        List<LineDiff.Line> d = LineDiff.diff("a\nb\nc\n", "a\nB\nc\nd\n");
        assertEquals(" a|-b|+B| c|+d", render(d));
        assertTrue(LineDiff.changed(d));
        assertEquals(2, d.get(2).newNo());
        assertEquals(2, d.get(1).oldNo());
    }

    @Test
    void identicalAndEmptyTexts() {
        assertFalse(LineDiff.changed(LineDiff.diff("x\ny", "x\ny\n")));
        assertEquals("+x", render(LineDiff.diff("", "x")));
        assertEquals("-x", render(LineDiff.diff("x", null)));
    }

    @Test
    void interleavedEditsKeepTheLongestCommonRun() {
        assertEquals("-x| a| b|+y| c|-z", render(LineDiff.diff("x\na\nb\nc\nz", "a\nb\ny\nc")));
    }

    @Test
    void farAwayUnchangedLinesAreFolded() {
        String before = IntStream.rangeClosed(1, 20).mapToObj(Integer::toString).collect(Collectors.joining("\n"));
        String after = before.replace("\n10\n", "\nten\n");
        assertEquals("~6| 7| 8| 9|-10|+ten| 11| 12| 13|~7", render(LineDiff.folded(LineDiff.diff(before, after), 3)));
    }
}
