package org.sakhiline.channel.ussd;

/**
 * Africa's Talking sends every input of the session so far joined by {@code *} ({@code 1*2*1234}),
 * empty on dial-in. The engine wants only the latest input. We remember how many inputs the text held
 * on the last hop — never the text itself, which contains her PIN — and take what came after them.
 */
public final class AfricasTalkingText {

    private AfricasTalkingText() {}

    /** Number of inputs in an accumulated text ({@code ""} → 0, {@code "1*2"} → 2). */
    public static int inputs(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return text.split("\\*", -1).length;
    }

    /**
     * The latest input, or {@code null} on dial-in (empty text). A hop the gateway repeats (no new
     * input) gives {@code ""}, so the engine re-asks instead of taking an old answer as a new choice;
     * a text with fewer inputs than before (a gateway that trims history) gives its last input.
     *
     * @param inputsSeen inputs in the text of the previous hop; null when unknown
     */
    public static String latestInput(Integer inputsSeen, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String[] parts = text.split("\\*", -1);
        int seen = inputsSeen == null ? parts.length - 1 : inputsSeen;
        if (parts.length == seen) {
            return "";
        }
        if (parts.length > seen && seen >= 0) {
            // Normally exactly one new input; if a hop was lost, the rest joined is what she typed since.
            return String.join("*", java.util.Arrays.copyOfRange(parts, seen, parts.length));
        }
        return parts[parts.length - 1];
    }
}
