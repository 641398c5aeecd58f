package org.sakhiline.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The India DLT template a text must be registered as, derived from its Qute source, and the proof that
 * every rendering matches it. Literal text stays literal; each run of placeholders (with any
 * {@code {#if x}…{/if}} section, whose words are not always there) becomes as many {@code {#var#}} as its
 * widest value needs at {@value #VAR_CHARS} characters each, the DLT portals' limit. Widths come from the
 * caller ({@code placeholder → widest characters}); a placeholder it does not know, or a Qute construct
 * other than {@code {name}} and {@code {#if name}…{/if}}, is a problem: no bound, no proof.
 *
 * @param registration the text to register on the DLT portal, e.g. "{#var#}: your savings {#var#}."
 * @param problems     why no registration can be proven (empty when it can)
 */
public record DltPattern(String registration, List<String> problems) {

    /** Characters one DLT variable holds. */
    public static final int VAR_CHARS = 30;
    public static final String VAR = "{#var#}";
    private static final Pattern TAG = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    /** Derives the registration of {@code source} given each placeholder's widest value in characters. */
    public static DltPattern of(String source, Map<String, Integer> widths) {
        return of(source, name -> widths.getOrDefault(name, -1));
    }

    public static DltPattern of(String source, ToIntFunction<String> widest) {
        StringBuilder out = new StringBuilder();
        List<String> problems = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int run = -1; // characters of the variable run being collected; -1 = none
        int depth = 0; // inside {#if}: literal words count towards the run
        String text = source.strip();
        Matcher m = TAG.matcher(text);
        int at = 0;
        while (m.find()) {
            String between = text.substring(at, m.start());
            if (depth > 0) {
                run += chars(between);
            } else if (!between.isEmpty()) {
                run = flush(out, run);
                literal.append(between);
            }
            at = m.end();
            String tag = m.group(1).strip();
            if (tag.startsWith("#if ") && NAME.matcher(tag.substring(4).strip()).matches()) {
                run = startRun(out, literal, run); // the condition is tested, not shown: only its body counts
                depth++;
            } else if (tag.equals("/if") && depth > 0) {
                depth--;
            } else if (NAME.matcher(tag).matches()) {
                run = startRun(out, literal, run);
                run += width(tag, widest, problems, 1);
            } else {
                problems.add("{" + tag + "} is not a plain {name} or {#if name}…{/if}: no DLT pattern can be proven");
            }
        }
        String tail = text.substring(at);
        if (depth > 0) {
            problems.add("an {#if} is not closed");
        } else if (!tail.isEmpty()) {
            run = flush(out, run);
            literal.append(tail);
        }
        flushLiteral(out, literal);
        flush(out, run);
        return new DltPattern(out.toString(), List.copyOf(problems));
    }

    /** True when {@code rendered} is one of the texts the registration admits. */
    public boolean matches(String rendered) {
        String registered = flat(registration);
        StringBuilder regex = new StringBuilder();
        int at = 0;
        for (int i = registered.indexOf(VAR); i >= 0; i = registered.indexOf(VAR, at)) {
            regex.append(Pattern.quote(registered.substring(at, i))).append("[\\s\\S]{0,").append(VAR_CHARS).append('}');
            at = i + VAR.length();
        }
        regex.append(Pattern.quote(registered.substring(at)));
        return Pattern.compile(regex.toString()).matcher(flat(rendered)).matches();
    }

    /** Cuts a free-text value to what {@code vars} DLT variables hold (names, places: never a crash, never a drop). */
    public static String clip(String value, int vars) {
        if (value == null) {
            return null;
        }
        int max = vars * VAR_CHARS;
        return value.codePointCount(0, value.length()) <= max ? value : value.substring(0, value.offsetByCodePoints(0, max));
    }

    /** A DLT variable counts characters, not UTF-16 units: one unit per code point before matching. */
    private static String flat(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.append(Character.isSupplementaryCodePoint(cp) ? '\uFFFD' : (char) cp));
        return out.toString();
    }

    private static int width(String name, ToIntFunction<String> widest, List<String> problems, int orZero) {
        int w = widest.applyAsInt(name);
        if (w < 0) {
            problems.add("{" + name + "} has no known widest value: add it to the DLT variable widths");
            return orZero;
        }
        return w;
    }

    private static int startRun(StringBuilder out, StringBuilder literal, int run) {
        flushLiteral(out, literal);
        return Math.max(run, 0);
    }

    private static void flushLiteral(StringBuilder out, StringBuilder literal) {
        out.append(literal);
        literal.setLength(0);
    }

    private static int flush(StringBuilder out, int run) {
        if (run >= 0) {
            out.append(VAR.repeat(Math.max(1, (run + VAR_CHARS - 1) / VAR_CHARS)));
        }
        return -1;
    }

    private static int chars(String s) {
        return s.codePointCount(0, s.length());
    }
}
