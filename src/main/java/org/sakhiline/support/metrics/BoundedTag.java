package org.sakhiline.support.metrics;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A tag value kept to a bounded set: each distinct value is a time series in Prometheus, so a value that
 * does not look like a code (a phone number, free text) or comes after the first {@code limit} distinct
 * ones is recorded as {@code other}. Values come from code or the published flow, never from callers;
 * this is the guard in case one ever does.
 */
public final class BoundedTag {

    public static final String OTHER = "other";
    public static final String NONE = "none";
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,47}");

    private final int limit;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    public BoundedTag(int limit) {
        this.limit = limit;
    }

    public String of(String value) {
        if (value == null || value.isEmpty()) {
            return NONE;
        }
        if (!CODE.matcher(value).matches()) {
            return OTHER;
        }
        if (seen.contains(value)) {
            return value;
        }
        if (seen.size() >= limit) {
            return OTHER;
        }
        seen.add(value);
        return value;
    }
}
