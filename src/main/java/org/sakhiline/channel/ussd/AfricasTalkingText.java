package org.sakhiline.channel.ussd;

/**
 * Africa's Talking sends every input of the session so far joined by {@code *} ({@code 1*2*1234}),
 * empty on dial-in. The engine wants only the latest input, so we remember the text seen on the last
 * hop and take what was appended to it. If the gateway's text does not extend what we saw (a retried
 * hop, a gateway that trims history), the last segment is the best guess.
 */
public final class AfricasTalkingText {

    private AfricasTalkingText() {}

    /** The latest input, or {@code null} on dial-in (empty text). */
    public static String latestInput(String previousText, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (previousText != null && !previousText.isEmpty()) {
            if (text.startsWith(previousText + "*")) {
                return text.substring(previousText.length() + 1);
            }
        } else if (previousText != null) {
            return text; // first input after dial-in
        }
        int star = text.lastIndexOf('*');
        return star < 0 ? text : text.substring(star + 1);
    }
}
