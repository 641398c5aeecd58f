package org.sakhiline.channel.sms;

import java.util.HashMap;
import java.util.Map;
import org.sakhiline.menu.ValueType;
import org.sakhiline.messaging.DltPattern;

/**
 * The widest value, in characters, each placeholder of an SMS or reminder text can take in a language: the
 * bound {@link DltPattern} proves registrations with. Typed values are measured (amounts at the widest the
 * screens are sized for, every date of a year, every quarter hour); free text (names, places, lists) has no
 * natural bound, so while India is routed {@link #clip} cuts it to its bound when it is rendered (SmsTemplates,
 * ReminderTexts), and the bound holds by construction.
 */
public final class DltVariables {

    /** Free-text placeholders and how many DLT variables each may fill (cut to that when rendered). */
    static final Map<String, Integer> CLIPPED = Map.of("name", 1, "place", 1, "word", 1, "entries", 3, "choices", 3);

    private DltVariables() {}

    /** Placeholder → widest characters in {@code lang}; a name not here has no bound (a problem for DLT). */
    public static Map<String, Integer> widths(String lang) {
        Map<String, Integer> w = new HashMap<>();
        int amount = chars(ValueType.AMOUNT.widest(lang, 0));
        for (String money : new String[] {"amount", "balance", "due", "overdue", "outstanding", "max", "saved", "repaid", "fine", "left"}) {
            w.put(money, amount);
        }
        w.put("date", chars(ValueType.DATE.widest(lang, 0)));
        w.put("day", chars(ValueType.DAY_DATE.widest(lang, 0)));
        w.put("time", chars(ValueType.TIME.widest(lang, 0)));
        CLIPPED.forEach((name, vars) -> w.put(name, vars * DltPattern.VAR_CHARS));
        w.put("receipt", 1 + String.valueOf(Long.MAX_VALUE).length()); // "L" + a row id
        w.put("code", MitraReplies.CODE_DIGITS);
        w.put("shg", 32); // org_unit.code
        for (String number : new String[] {"no", "count", "tries", "minutes", "hours"}) {
            w.put(number, String.valueOf(Integer.MIN_VALUE).length());
        }
        return w;
    }

    /** The values as rendered: free text cut to the DLT variables it may fill. */
    static Map<String, ?> clip(Map<String, ?> values) {
        if (values.keySet().stream().noneMatch(CLIPPED::containsKey)) {
            return values;
        }
        Map<String, Object> out = new HashMap<>(values);
        CLIPPED.forEach((name, vars) -> {
            if (out.get(name) instanceof String s) {
                out.put(name, DltPattern.clip(s, vars));
            }
        });
        return out;
    }

    private static int chars(String s) {
        return s.codePointCount(0, s.length());
    }
}
