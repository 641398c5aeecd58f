package org.sakhiline.reminders;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.sakhiline.messaging.DltPattern;
import org.sakhiline.support.i18n.DateText;
import org.sakhiline.support.i18n.Languages;
import org.sakhiline.support.i18n.Money;

/**
 * The values each reminder text gets, formatted as the menus format them: amounts with Indian (or, for
 * Urdu and Sindhi, western) grouping, dates and times in her language. Voice texts are spoken in the
 * base language's own script (a Roman-script reader still hears Hindi) with the weekday in full.
 */
public final class ReminderTexts {

    private final ReminderTemplates templates;
    private final java.util.Set<String> dltLanguages;

    public ReminderTexts(ReminderTemplates templates) {
        this(templates, java.util.Set.of());
    }

    /** {@code dltLanguages}: texts in these cut a changed meeting place to one DLT variable (India routed). */
    public ReminderTexts(ReminderTemplates templates, java.util.Set<String> dltLanguages) {
        this.templates = templates;
        this.dltLanguages = java.util.Set.copyOf(dltLanguages);
    }

    public ReminderTemplates templates() {
        return templates;
    }

    /** A rendered reminder: text, the language it is in, template key and DLT id (may be null). */
    public record Text(String body, String language, String key, String dltId) {}

    public Text meetingSms(String lang, LocalDate date, LocalTime time, String changedPlace) {
        Map<String, Object> v = new HashMap<>();
        v.put("day", DateText.dayDate(date, lang));
        v.put("time", DateText.time(time, lang));
        // While India is routed, one DLT variable's worth: a longer place would not match the registered template.
        boolean clip = changedPlace != null && dltLanguages.contains(templates.effectiveLanguage(lang, "meeting"));
        v.put("place", changedPlace == null ? "" : clip ? DltPattern.clip(changedPlace, 1) : changedPlace);
        return text(lang, "meeting", v);
    }

    public Text dueSms(String lang, long amountPaise, LocalDate dueDate) {
        return text(lang, "due", Map.of("amount", Money.format(amountPaise, lang), "date", DateText.date(dueDate, lang)));
    }

    public Text overdueSms(String lang, long amountPaise) {
        return text(lang, "overdue", Map.of("amount", Money.format(amountPaise, lang)));
    }

    public Text meetingVoice(String lang, LocalDate date, LocalTime time, String changedPlace) {
        String spoken = voiceLanguage(lang);
        Map<String, Object> v = new HashMap<>();
        v.put("day", spokenDay(date, spoken));
        v.put("time", DateText.time(time, spoken));
        v.put("place", changedPlace == null ? "" : changedPlace);
        return text(spoken, "meeting_voice", v);
    }

    public Text dueVoice(String lang, long amountPaise, LocalDate dueDate) {
        String spoken = voiceLanguage(lang);
        return text(spoken, "due_voice", Map.of("rupees", rupees(amountPaise, spoken), "day", spokenDay(dueDate, spoken)));
    }

    public Text overdueVoice(String lang, long amountPaise) {
        String spoken = voiceLanguage(lang);
        return text(spoken, "overdue_voice", Map.of("rupees", rupees(amountPaise, spoken)));
    }

    public Text reply(String lang, String key) {
        return text(lang, key, Map.of());
    }

    /** Calls speak the base language: Roman script is a reading choice, not a spoken one. */
    public static String voiceLanguage(String lang) {
        return Languages.base(lang);
    }

    private Text text(String lang, String key, Map<String, Object> values) {
        String effective = templates.effectiveLanguage(lang, key);
        return new Text(templates.render(effective, key, values), effective, key, templates.dltId(effective, key));
    }

    /** "1,25,300" — the amount without "Rs", for "{rupees} रुपये" in a spoken sentence. */
    static String rupees(long paise, String lang) {
        String s = Money.format(paise, lang);
        return s.startsWith("Rs ") ? s.substring(3) : s;
    }

    /** "Tuesday, 17 February" / "मंगलवार, 17 फ़रवरी": a spoken date names the weekday in full. */
    static String spokenDay(LocalDate date, String lang) {
        SimpleDateFormat f = new SimpleDateFormat("EEEE, d MMMM", Languages.dateLocale(lang));
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f.format(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)));
    }
}
