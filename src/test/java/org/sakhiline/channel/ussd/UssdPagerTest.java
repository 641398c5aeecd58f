package org.sakhiline.channel.ussd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UssdPagerTest {

    private final UssdPager pager = new UssdPager(182, 80);

    @Test
    void aShortScreenIsOnePageWithoutMoreLine() {
        List<String> pages = pager.paginate(List.of("Balance: Rs 1,200", "0 Back"), "00 More");
        assertEquals(List.of("Balance: Rs 1,200\n0 Back"), pages);
    }

    @Test
    void aLongEnglishStatementSplitsAtLinesAndEveryPageFitsGsm7Limit() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            lines.add("12 Nov 2026 Deposit Rs 1,00,000 bal Rs 12,45,00" + i);
        }
        List<String> pages = pager.paginate(lines, "00 More");
        assertTrue(pages.size() > 1);
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(pages.get(i).length() <= 182, "page " + i + " too long");
            assertEquals(i < pages.size() - 1, pages.get(i).endsWith("\n00 More"));
        }
        String joined = String.join("\n", pages).replace("\n00 More", "");
        assertEquals(String.join("\n", lines), joined, "no line lost or reordered");
    }

    @Test
    void hindiTextUsesTheUcs2LimitOfEightyUnits() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            lines.add("12 नवं जमा ₹1,000 शेष ₹" + i + "2,000");
        }
        List<String> pages = pager.paginate(lines, "00 आगे");
        assertTrue(pages.size() >= 2);
        pages.forEach(p -> assertTrue(p.length() <= 80, () -> "UCS-2 page longer than 80: " + p.length()));
    }

    @Test
    void aSingleOverlongLineIsCutAtSpaces() {
        String line = "word ".repeat(60).strip();
        List<String> pages = pager.paginate(List.of(line), "00 More");
        assertTrue(pages.size() >= 2);
        pages.forEach(p -> assertTrue(p.length() <= 182));
        assertEquals(line, String.join(" ", pages.stream().map(p -> p.replace("\n00 More", "")).toList()));
    }

    @Test
    void latestInputIsWhatWasAppendedToTheAccumulatedText() {
        assertEquals(null, AfricasTalkingText.latestInput(null, ""));
        assertEquals("1", AfricasTalkingText.latestInput(0, "1"));
        assertEquals("1234", AfricasTalkingText.latestInput(2, "1*2*1234"));
        assertEquals("00", AfricasTalkingText.latestInput(1, "4*00"));
        assertEquals(3, AfricasTalkingText.inputs("1*2*1234"));
        assertEquals(0, AfricasTalkingText.inputs(""));
    }

    @Test
    void aRepeatedHopIsNoNewInputAndATrimmedHistoryGivesTheLastInput() {
        assertEquals("", AfricasTalkingText.latestInput(2, "1*2"));
        assertEquals("3", AfricasTalkingText.latestInput(4, "9*3"));
        assertEquals("2*5", AfricasTalkingText.latestInput(1, "1*2*5"), "a lost hop: both inputs since");
    }
}
