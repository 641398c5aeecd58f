package org.sakhiline.channel.voice;

import java.util.ArrayList;
import java.util.List;

/**
 * A prompt text split at its {@code {placeholders}}: "Due {due} by {due_date}" → literal "Due ", slot
 * due, literal " by ", slot due_date. TTS joins the parts into one sentence; a recorded language plays
 * one clip per literal part (named {@code <key>}, {@code <key>.2}, ... in order) and the values'
 * fragments in between, so word order stays the translator's.
 */
public record VoiceTemplate(String key, List<Part> parts) {

    /** A literal piece of text, or a named value. */
    public sealed interface Part permits Literal, Slot {}

    /** @param clip the recording of this piece ({@code key}, {@code key.2}, ...) */
    public record Literal(String text, String clip) implements Part {}

    public record Slot(String name) implements Part {}

    public VoiceTemplate {
        parts = List.copyOf(parts);
    }

    /** Parses {@code text}; a piece that is only spaces or punctuation gets no clip and is not played. */
    public static VoiceTemplate parse(String key, String text) {
        List<Part> parts = new ArrayList<>();
        int clips = 0;
        int i = 0;
        StringBuilder literal = new StringBuilder();
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i + 1) {
                clips = flush(key, literal, parts, clips);
                String expr = text.substring(i + 1, close).strip();
                int dot = expr.indexOf('.');
                parts.add(new Slot(dot < 0 ? expr : expr.substring(0, dot)));
                i = close + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        flush(key, literal, parts, clips);
        return new VoiceTemplate(key, parts);
    }

    private static int flush(String key, StringBuilder literal, List<Part> parts, int clips) {
        if (literal.isEmpty()) {
            return clips;
        }
        String text = literal.toString();
        literal.setLength(0);
        if (!spoken(text)) {
            parts.add(new Literal(text, null));
            return clips;
        }
        int n = clips + 1;
        parts.add(new Literal(text, n == 1 ? key : key + "." + n));
        return n;
    }

    /** True when the text has a letter or digit (punctuation alone is not recorded). */
    static boolean spoken(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** The clips of the literal parts, in order. */
    public List<Literal> literals() {
        return parts.stream().filter(p -> p instanceof Literal l && l.clip() != null).map(p -> (Literal) p).toList();
    }
}
