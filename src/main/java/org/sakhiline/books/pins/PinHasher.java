package org.sakhiline.books.pins;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.sakhiline.support.problem.InvalidInputException;

/**
 * Hashes 4-digit PINs as {@code h1$salt$HMAC-SHA256(pepper, salt || pin)}.
 *
 * <p>Why not bcrypt: a 4-digit PIN has only 10,000 values, so a slow hash cannot protect a stolen
 * table (10,000 bcrypt rounds take minutes), while it costs ~70 ms of CPU on every USSD/IVR PIN
 * entry — the whole hop budget many times over. What protects the PINs is the lockout (3 tries) and the
 * pepper, a secret kept in configuration and never in the database: without it a stolen table reveals
 * nothing. (The few bcrypt hashes of the very first builds were cleared by migration V57.)
 */
@ApplicationScoped
public class PinHasher {

    private static final String PREFIX = "h1$";
    private static final String FOUR_DIGITS = "[0-9]{4}";
    private static final String ONE_TIME_CODE = "[0-9]{" + OneTimeCodeRule.DIGITS + "}";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    /** A keyed Mac per thread: Mac.getInstance walks the providers and init re-keys, on every PIN entry. */
    private final ThreadLocal<Mac> macs;

    @Inject
    public PinHasher(PinConfig config) {
        this(config.pepper());
    }

    public PinHasher(String pepper) {
        if (pepper == null || pepper.length() < 16) {
            throw new IllegalArgumentException("sakhiline.pins.pepper must be at least 16 characters");
        }
        this.key = new SecretKeySpec(pepper.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    public String hash(String pin) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return hash(pin, salt);
    }

    /** With a given salt: for deterministic demo data only. */
    public String hash(String pin, byte[] salt) {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + b64.encodeToString(salt) + "$" + b64.encodeToString(mac(salt, pin));
    }

    /** True when {@code pin} is four digits and hashes to {@code stored}; false for no PIN or any other form. */
    public boolean matches(String pin, String stored) {
        return matches(pin, stored, FOUR_DIGITS);
    }

    /** A one-time code's hash: the same peppered HMAC, so a stolen row reveals no code without the pepper. */
    public String hashOneTimeCode(String code) {
        if (code == null || !code.matches(ONE_TIME_CODE)) {
            throw new IllegalArgumentException("a one-time code has " + OneTimeCodeRule.DIGITS + " digits");
        }
        return hash(code);
    }

    public boolean matchesOneTimeCode(String code, String stored) {
        return matches(code, stored, ONE_TIME_CODE);
    }

    private boolean matches(String pin, String stored, String format) {
        if (pin == null || stored == null || !pin.matches(format)) {
            return false;
        }
        if (!stored.startsWith(PREFIX)) {
            return false;
        }
        String[] parts = stored.substring(PREFIX.length()).split("\\$");
        if (parts.length != 2) {
            return false;
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            return MessageDigest.isEqual(b64.decode(parts[1]), mac(b64.decode(parts[0]), pin));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private byte[] mac(byte[] salt, String pin) {
        byte[] pinBytes = pin.getBytes(StandardCharsets.UTF_8); // before the Mac is touched: nothing half-fed
        Mac mac = macs.get();
        mac.update(salt);
        return mac.doFinal(pinBytes); // leaves the Mac reset and keyed for the next use
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** A PIN is exactly four digits (what every feature phone keypad can type, in any language). */
    static void requireFormat(String pin) {
        if (pin == null || !pin.matches(FOUR_DIGITS)) {
            throw new InvalidInputException("pin", "must be exactly 4 digits");
        }
    }

    @ConfigMapping(prefix = "sakhiline.pins")
    public interface PinConfig {
        /** Secret mixed into every PIN hash; set it from the environment (SAKHILINE_PINS_PEPPER) in production. */
        String pepper();
    }
}
