package org.sakhiline.menu;

import java.util.Map;

/**
 * What an action declares about a value it exposes: its type, the longest it may render (text and
 * numbers; the engine cuts text to it) and, for a list, the values of each item.
 */
public record ValueSpec(ValueType type, int maxLength, Map<String, ValueSpec> item) {

    public ValueSpec {
        item = item == null ? Map.of() : Map.copyOf(item);
    }

    public static ValueSpec of(ValueType type) {
        return new ValueSpec(type, 0, Map.of());
    }

    public static ValueSpec text(int maxLength) {
        return new ValueSpec(ValueType.TEXT, maxLength, Map.of());
    }

    public static ValueSpec number(int digits) {
        return new ValueSpec(ValueType.NUMBER, digits, Map.of());
    }

    /** An amount never wider than {@code rupeeDigits} whole-rupee digits (e.g. 5: up to Rs 99,999). */
    public static ValueSpec amount(int rupeeDigits) {
        return new ValueSpec(ValueType.AMOUNT, rupeeDigits, Map.of());
    }

    public static ValueSpec list(Map<String, ValueSpec> item) {
        return new ValueSpec(ValueType.LIST, 0, item);
    }
}
