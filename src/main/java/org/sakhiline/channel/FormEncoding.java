package org.sakhiline.channel;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Whether a form body or query string is well-formed percent-encoded UTF-8, as a decoder will need it. */
final class FormEncoding {

    private FormEncoding() {}

    /** @param raw the undecoded text, one char per byte (ISO-8859-1); null or empty is valid */
    static boolean valid(String raw) {
        if (raw == null || raw.isEmpty()) {
            return true;
        }
        byte[] decoded = new byte[raw.length()];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return false;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return false;
                }
                decoded[n++] = (byte) (hi * 16 + lo);
                i += 2;
            } else {
                decoded[n++] = (byte) c;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(decoded, 0, n));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
