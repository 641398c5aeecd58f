package org.sakhiline.books.posting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a request as its client sent it (method, path, body): what "the same request" means for an
 * idempotency key. Defaults the server fills in later (today's value date) are not part of it, so a retry
 * of the same body on another day is still a repeat.
 */
public final class RequestDigest {

    private RequestDigest() {}

    /** Each part is length-prefixed (a null one is a bare "-"), so no two lists of parts read the same. */
    public static String of(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p == null) {
                b.append("-\n");
            } else {
                b.append(p.length()).append(':').append(p).append('\n');
            }
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
