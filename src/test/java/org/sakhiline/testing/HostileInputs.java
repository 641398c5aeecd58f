package org.sakhiline.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Seeded generator of what a stranger (or a broken gateway) may send a channel: every size up to past
 * the webhook limit, every script, control characters, lone surrogates, malformed percent-encodings and
 * UTF-8, '*' storms, huge numbers, empty and missing fields. The same seed gives the same inputs, so a
 * failure names its seed and case and replays exactly ({@code -Dfuzz.seed=...}).
 */
public final class HostileInputs {

    /** A seed given on the command line, or the test's own. */
    public static long seed(long fallback) {
        String s = System.getProperty("fuzz.seed");
        return s == null || s.isBlank() ? fallback : Long.parseLong(s.strip());
    }

    /** Cases per channel ({@code -Dfuzz.cases=...} for a longer hunt). */
    public static int cases(int fallback) {
        String s = System.getProperty("fuzz.cases");
        return s == null || s.isBlank() ? fallback : Integer.parseInt(s.strip());
    }

    private static final List<String> SCRIPTS = List.of(
            "abc", "BAL", "बचत", "সঞ্চয়", "بچت", "ڪ", "ꯃꯤꯇꯩ", "中文", "ñ€£", "😀👩‍👩‍👧", "\u202Eevil\u202C",
            "e\u0301\u0301\u0301", "\u200D\u200C\uFEFF", "𝟙𝟚𝟛", "١٢٣٤", "१२३४", "১২৩৪", "Ⅻ", "\uFFFD", "ﷺ");
    private static final List<String> CONTROLS = List.of(
            "\u0000", "\r", "\n", "\r\n", "\t", "\u0007", "\u001b[2J", "\u007f", "\u0085", "\u2028", "\u2029", "\b");
    private static final List<String> NUMBERS = List.of(
            "0", "-1", "00", "0000", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
            "99999999999999999999999999999999", "1e309", "NaN", "0x7fffffff", "1.5", "+1", "٩٩٩٩", "1 234",
            "2147483648", "4294967296");
    /** Raw fragments for a form body: broken escapes, truncated and overlong UTF-8, bytes that are no UTF-8. */
    private static final List<String> RAW = List.of(
            "%", "%%", "%G1", "%1", "%zz", "%e0%a4", "%e0", "%ff%fe", "%c0%af", "%ed%a0%80", "%f4%90%80%80",
            "%00", "%0d%0a", "+", "%2B", "&", "&&", "=", "==", "%u0041", "%C3%28", "%E2%82", "%F0%9F%98");
    private static final List<String> MENU_KEYS = List.of("1", "2", "3", "4", "0", "00", "*", "#", "1234", "5678", "9");

    private final Random random;

    public HostileInputs(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    public <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** One hostile text value (already decoded: what the handler should see). */
    public String value() {
        return switch (random.nextInt(12)) {
            case 0 -> "";
            case 1 -> pick(MENU_KEYS);
            case 2 -> pick(NUMBERS);
            case 3 -> repeat(pick(SCRIPTS), size());
            case 4 -> repeat(pick(CONTROLS), 1 + random.nextInt(40));
            case 5 -> star(size());
            case 6 -> repeat("9", size());
            case 7 -> mix(1 + random.nextInt(60));
            case 8 -> lone();
            case 9 -> String.join("*", pick(MENU_KEYS), pick(MENU_KEYS), pick(NUMBERS), pick(SCRIPTS));
            case 10 -> " ".repeat(random.nextInt(300));
            default -> mix(size());
        };
    }

    /** A menu key most of the time, something hostile otherwise (keeps sessions walking the menu). */
    public String keyOrValue() {
        return chance(0.4) ? pick(MENU_KEYS) : value();
    }

    /** Sizes from nothing to several kilobytes, weighted to the small. */
    public int size() {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextInt(4);
            case 1, 2 -> random.nextInt(70);
            case 3 -> 60 + random.nextInt(200);
            case 4 -> 200 + random.nextInt(1800);
            default -> 1000 + random.nextInt(3000);
        };
    }

    private String star(int n) {
        StringBuilder b = new StringBuilder();
        while (b.length() < n) {
            b.append(random.nextBoolean() ? "*" : random.nextBoolean() ? "1*" : "**0*");
        }
        return b.toString();
    }

    private String mix(int n) {
        StringBuilder b = new StringBuilder();
        while (b.length() < n) {
            switch (random.nextInt(5)) {
                case 0 -> b.append(pick(SCRIPTS));
                case 1 -> b.append(pick(CONTROLS));
                case 2 -> b.append(pick(NUMBERS));
                case 3 -> b.append('*');
                default -> b.appendCodePoint(random.nextInt(0x2FFFF) + 1);
            }
        }
        return b.toString();
    }

    /** Half a surrogate pair: not encodable as UTF-8 (the encoder sends '?'). */
    private String lone() {
        return "a" + (random.nextBoolean() ? '\uD83D' : '\uDE00') + "b";
    }

    private static String repeat(String s, int n) {
        return s.repeat(Math.max(0, n / Math.max(1, s.length())));
    }

    /** A form body: each value percent-encoded as a browser would, sometimes with a raw broken fragment spliced in. */
    public String form(Map<String, String> fields, boolean breakEncoding) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((k, v) -> {
            if (v == null) {
                return; // a missing field
            }
            String encoded = URLEncoder.encode(v, StandardCharsets.UTF_8);
            if (breakEncoding && chance(0.5)) {
                int at = random.nextInt(encoded.length() + 1);
                encoded = encoded.substring(0, at) + pick(RAW) + encoded.substring(at);
            }
            body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + encoded);
        });
        if (breakEncoding && chance(0.3)) {
            body.add(pick(RAW));
        }
        return body.toString();
    }

    /** A JSON string literal for {@code s} (valid JSON escapes, whatever the content). */
    public static String json(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
