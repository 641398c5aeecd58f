package org.sakhiline.menu;

import java.util.List;
import java.util.Map;

/**
 * What to show or say after a hop, channel-neutral. Text channels compose it with {@link ScreenText};
 * voice picks recorded audio by {@link PromptLine#key()} and builds amounts from {@link PromptLine#values()}.
 *
 * @param language  the language tag the texts were rendered in
 * @param lines     prompt lines, top to bottom (a hint after bad input comes first)
 * @param listLines one line per list item (statement rows); a pager may split a screen between them
 * @param options   numbered options in order
 * @param back      the "0 Back" option, or null where there is nothing to go back to
 * @param more      the "00 More" label for a pager (always present; used only when a screen is split)
 * @param expects   what the engine waits for next
 * @param end       true when the session is over (USSD "END")
 */
public record MenuOutput(
        String language,
        List<PromptLine> lines,
        List<PromptLine> listLines,
        List<MenuOption> options,
        MenuOption back,
        MenuOption more,
        Wait expects,
        boolean end) {

    public MenuOutput {
        lines = List.copyOf(lines);
        listLines = List.copyOf(listLines);
        options = List.copyOf(options);
    }

    /** One rendered prompt: the text, its key and the wire values it was rendered with. */
    public record PromptLine(String text, String key, Map<String, Object> values) {
        public PromptLine {
            values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        }
    }

    /** A numbered option: the digit to press, its rendered label and the label's key. */
    public record MenuOption(String digit, String text, String key) {}

    /** The input awaited: a choice, digits, an amount or a PIN with its length bounds. */
    public record Wait(WaitKind kind, int minLength, int maxLength) {
        public static final Wait NONE = new Wait(WaitKind.NONE, 0, 0);
        public static final Wait CHOICE = new Wait(WaitKind.CHOICE, 1, 2);
    }

    public enum WaitKind { NONE, CHOICE, DIGITS, AMOUNT, PIN, CODE }
}
