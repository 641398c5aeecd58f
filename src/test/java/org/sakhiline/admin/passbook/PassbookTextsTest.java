package org.sakhiline.admin.passbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sakhiline.support.i18n.Languages;

/** Every language a member reads has every passbook word, and no word is left blank or in English by mistake. */
class PassbookTextsTest {

    @Test
    void everyLanguageHasEveryKey() {
        Map<String, Map<String, String>> all = PassbookTexts.all();
        assertEquals(new TreeSet<>(Languages.TAGS), new TreeSet<>(all.keySet()), "one block per language tag");
        List<String> problems = new ArrayList<>();
        for (String lang : Languages.TAGS) {
            for (String key : all.get("en").keySet()) {
                String text = all.get(lang).get(key);
                if (text == null || text.isBlank()) {
                    problems.add(lang + ": " + key + " is missing");
                }
            }
            for (String key : all.get(lang).keySet()) {
                if (!all.get("en").containsKey(key)) {
                    problems.add(lang + ": " + key + " is not an English key");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void nativeScriptsAreWrittenInTheirScript() {
        for (String lang : List.of("hi", "as", "bn", "mni", "ur", "sd")) {
            String title = PassbookTexts.of(lang).get("opening");
            assertTrue(title.codePoints().anyMatch(c -> c > 0x024F), lang + " opening balance in Latin letters: " + title);
        }
        assertEquals("Shuruaati shesh", PassbookTexts.of("hi-Latn").get("opening"));
        assertEquals("Opening balance", PassbookTexts.of("xx").get("opening"), "an unknown tag reads English");
    }
}
