package org.sakhiline.channel.voice;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.sakhiline.menu.FlowDefinition;
import org.sakhiline.menu.MenuActions;
import org.sakhiline.menu.ValueSpec;
import org.sakhiline.menu.ValueType;
import org.sakhiline.support.i18n.Languages;

/**
 * Every clip a recorded language needs for a flow, with what it says: the text pieces of each prompt
 * (voice texts first, then the flow's), numbers 0–99, the scale words, months, weekdays and parts of
 * the day. Written to {@code menus/audio/<lang>/clips.tsv}, the script for recording a language;
 * prompts that show free text (a place) are left out, since a recording cannot say them.
 */
public final class AudioManifest {

    private AudioManifest() {}

    public static Map<String, String> required(FlowDefinition flow, Map<String, VoiceTemplate> voiceTexts, String lang) {
        Map<String, VoiceTemplate> templates = new TreeMap<>();
        Map<String, String> flowTexts = flow.texts().getOrDefault(lang, Map.of());
        flowTexts.forEach((key, text) -> templates.put(key, VoiceTemplate.parse(key, text)));
        templates.putAll(voiceTexts);
        Map<String, String> clips = new LinkedHashMap<>();
        templates.forEach((key, t) -> {
            if (recordable(t)) {
                t.literals().forEach(l -> clips.put(l.clip(), l.text().strip()));
            }
        });
        for (int n = 0; n <= 99; n++) {
            clips.put(IndianNumberWords.unit(n), Integer.toString(n));
        }
        SimpleDateFormat month = format("MMMM", lang);
        SimpleDateFormat weekday = format("EEEE", lang);
        for (int m = 1; m <= 12; m++) {
            clips.put("month_" + m, month.format(date(LocalDate.of(2025, m, 1))));
        }
        for (int d = 1; d <= 7; d++) {
            LocalDate monday = LocalDate.of(2025, 1, 6);
            clips.put("weekday_" + d, weekday.format(date(monday.plusDays(d - 1L))));
        }
        return clips;
    }

    /** A prompt with a free-text value (a place, a name) is always spoken by TTS, so it needs no clip. */
    static boolean recordable(VoiceTemplate t) {
        return t.parts().stream().noneMatch(p -> p instanceof VoiceTemplate.Slot s && isText(s.name()));
    }

    private static boolean isText(String name) {
        if ("label".equals(name)) {
            return false;
        }
        ValueSpec spec = MenuActions.values().get(name);
        return spec != null && (spec.type() == ValueType.TEXT || spec.type() == ValueType.LIST);
    }

    /** The manifest as written to clips.tsv. */
    public static String tsv(String lang, Map<String, String> clips) {
        StringBuilder sb = new StringBuilder("# clip\ttext (").append(lang)
                .append("): record each as <clip>.mp3 or <clip>.wav; regenerate with scripts/make-placeholder-audio\n");
        clips.forEach((clip, text) -> sb.append(clip).append('\t').append(text.replace('\t', ' ').replace('\n', ' ')).append('\n'));
        return sb.toString();
    }

    private static SimpleDateFormat format(String pattern, String lang) {
        SimpleDateFormat f = new SimpleDateFormat(pattern, Languages.dateLocale(lang));
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f;
    }

    private static Date date(LocalDate d) {
        return Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
