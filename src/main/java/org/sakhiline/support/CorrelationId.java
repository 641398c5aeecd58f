package org.sakhiline.support;

import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.MDC;

/**
 * A short id that ties a caller-facing failure to its log lines ("cid" in the log format). It is
 * short enough for a field officer to read out over the phone.
 */
public final class CorrelationId {

    public static final String MDC_KEY = "cid";
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    private CorrelationId() {}

    public static String next() {
        char[] id = new char[8];
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }

    /** Puts a fresh id in the logging context of this thread and returns it. */
    public static String begin() {
        String id = next();
        MDC.put(MDC_KEY, id);
        return id;
    }

    /** The id this thread's logging context carries now; null outside a hop or webhook. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    public static void end() {
        MDC.remove(MDC_KEY);
    }
}
