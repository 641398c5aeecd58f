package org.sakhiline.menu;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Keeps a first PIN entry in the session until it is confirmed, without storing the PIN itself:
 * a random salt and SHA-256 of salt+PIN. Short-lived and compared once, so a slow hash is not needed.
 */
final class Pins {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Pins() {}

    static String seal(String pin) {
        byte[] salt = new byte[8];
        RANDOM.nextBytes(salt);
        String s = Base64.getEncoder().withoutPadding().encodeToString(salt);
        return s + ":" + digest(s, pin);
    }

    static boolean matches(String sealed, String pin) {
        if (sealed == null || pin == null) {
            return false;
        }
        int colon = sealed.indexOf(':');
        if (colon < 0) {
            return false;
        }
        return MessageDigest.isEqual(sealed.substring(colon + 1).getBytes(StandardCharsets.US_ASCII),
                digest(sealed.substring(0, colon), pin).getBytes(StandardCharsets.US_ASCII));
    }

    private static String digest(String salt, String pin) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(salt.getBytes(StandardCharsets.US_ASCII));
            md.update(pin.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().withoutPadding().encodeToString(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
