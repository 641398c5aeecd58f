package org.sakhiline.access.signin;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP Basic credentials verified in the last {@code basic-cache-ttl}, so an API client pays one bcrypt
 * check (~70 ms) per minute instead of one per call. Keyed by an HMAC of user name and password under a
 * key made at start (never stored), so the cache holds no password and a wrong password never matches.
 * An entry carries the user's session epoch: a password reset or disable (epoch moves on) ends it.
 */
@ApplicationScoped
public class VerifiedCredentials {

    record Entry(String username, String role, int sessionEpoch, Instant until) {
    }

    private static final int MAX_ENTRIES = 1_000;

    private final SecretKeySpec key;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public VerifiedCredentials() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        this.key = new SecretKeySpec(k, "HmacSHA256");
    }

    Entry get(String username, char[] password, Instant now) {
        String id = id(username, password);
        Entry e = entries.get(id);
        if (e != null && !e.until().isAfter(now)) {
            entries.remove(id, e);
            return null;
        }
        return e;
    }

    void put(String username, char[] password, String role, int sessionEpoch, Instant until) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(id(username, password), new Entry(username, role, sessionEpoch, until));
    }

    void forget(String username) {
        entries.values().removeIf(e -> e.username().equals(username));
    }

    private String id(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
