package org.sakhiline.channel.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sakhiline.messaging.SmsEncoding;
import org.sakhiline.messaging.SmsSegments;
import org.sakhiline.support.i18n.DateText;
import org.sakhiline.support.i18n.Languages;
import org.sakhiline.support.i18n.Money;

/**
 * Every SMS text in every language, rendered with realistic values, and what it costs. Writes the
 * table to target/sms-segments.md. Latin-script texts must fit one part; native-script (UCS-2) member
 * texts at most two parts, mitra texts at most three.
 */
class SmsTemplatesTest {

    private static final SmsTemplates TEMPLATES = new SmsTemplates();
    private static final Map<String, String> NATIVE_NAMES = Map.of("hi", "सुनीता देवी", "as", "অণিমা কলিতা",
            "bn", "সবিতা দাস", "mni", "থোইবী দেবী", "ur", "فاطمہ بی بی", "sd", "ماروي ملاح");

    @Test
    void everyLanguageHasEveryMemberText() {
        List<String> memberKeys = TEMPLATES.source("en").keySet().stream()
                .filter(k -> !k.startsWith("m_") && !k.startsWith("e_")).toList();
        for (String lang : SmsTemplates.LANGUAGES) {
            for (String key : memberKeys) {
                assertTrue(TEMPLATES.source(lang).containsKey(key), lang + " lacks " + key);
            }
        }
    }

    @Test
    void aMissingTextFallsBackToTheBaseLanguageThenEnglish() {
        assertEquals("en", TEMPLATES.render("bn", "m_cancelled", Map.of("code", "482193")).language());
        assertEquals("hi", TEMPLATES.render("hi", "m_cancelled", Map.of("code", "482193")).language());
    }

    @Test
    void segmentCounts() throws IOException {
        StringBuilder table = new StringBuilder("| key | " + String.join(" | ", SmsTemplates.LANGUAGES) + " |\n|---|"
                + "---|".repeat(SmsTemplates.LANGUAGES.size()) + "\n");
        List<String> problems = new ArrayList<>();
        for (String key : TEMPLATES.source("en").keySet()) {
            table.append("| ").append(key).append(" |");
            boolean mitra = key.startsWith("m_") || key.startsWith("e_");
            for (String lang : SmsTemplates.LANGUAGES) {
                SmsTemplates.Rendered r = TEMPLATES.render(lang, key, values(lang));
                SmsSegments.Count c = SmsSegments.of(r.text());
                boolean own = r.language().equals(lang);
                table.append(' ').append(c.encoding() == SmsEncoding.GSM7 ? "G" : "U").append(c.segments())
                        .append(" (").append(c.units()).append(')').append(own ? "" : "*").append(" |");
                int limit = c.encoding() == SmsEncoding.GSM7 && own ? 1 : mitra ? 3 : 2;
                if (c.segments() > limit && own) {
                    problems.add(lang + "/" + key + ": " + c + " — " + r.text());
                }
            }
            table.append('\n');
        }
        table.append("\nG = GSM-7, U = UCS-2; parts (units); * = falls back to English.\n");
        Path out = Path.of("target", "sms-segments.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static Map<String, String> values(String lang) {
        boolean latin = "en".equals(lang) || Languages.roman(lang);
        Map<String, String> v = new HashMap<>();
        v.put("name", latin ? "Sunita Devi" : NATIVE_NAMES.get(Languages.base(lang)));
        v.put("amount", Money.format(1_250_000, lang));
        v.put("balance", Money.format(12_530_000, lang));
        v.put("due", Money.format(110_000, lang));
        v.put("overdue", Money.format(55_000, lang));
        v.put("outstanding", Money.format(840_000, lang));
        v.put("max", Money.format(5_000_000, lang));
        LocalDate d = LocalDate.of(2025, 9, 17);
        v.put("date", DateText.date(d, lang));
        v.put("time", DateText.time(LocalTime.of(10, 30), lang));
        v.put("place", "Anganwadi centre");
        v.put("entries", DateText.date(d, lang) + " " + Money.signed(50_000, lang) + "; " + DateText.date(d.minusDays(7), lang)
                + " " + Money.signed(50_000, lang) + "; " + DateText.date(d.minusDays(14), lang) + " " + Money.signed(-20_000, lang));
        v.put("choices", "BAL 1 = " + v.get("name") + ", BAL 2 = Rekha Kumari");
        v.put("count", "2");
        v.put("receipt", "1234567");
        v.put("shg", "IN-SHG-00001");
        v.put("no", "12");
        v.put("code", "482193");
        v.put("tries", "2");
        v.put("word", "BAL");
        v.put("minutes", "15");
        v.put("hours", "24");
        v.put("reason", "overpayment");
        // meeting-sheet receipts: the widest common amounts, and a loan still running
        v.put("saved", Money.format(1_250_000, lang));
        v.put("repaid", Money.format(1_100_000, lang));
        v.put("fine", Money.format(50_000, lang));
        v.put("left", Money.format(8_840_000, lang));
        return v;
    }
}
