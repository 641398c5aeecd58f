package org.sakhiline.admin.flows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds keys in YAML as the editor typed it, line by line: a draft that does not parse still gets its
 * problems placed, so this never parses the document, it only reads {@code key: value} lines.
 */
final class YamlLines {

    private static final Pattern ENTRY = Pattern.compile("^(\\s*)([\"']?)([^\"'#:\\s][^\"':#]*?)\\2\\s*:(?:\\s+(.*))?$");

    private YamlLines() {}

    /**
     * 1-based line of {@code key} after line {@code after}: at the top level, or ({@code nested}) at any
     * indentation deeper than the block it is in. 0 when not found.
     */
    static int lineOf(String yaml, String key, int after, boolean nested) {
        String[] lines = (yaml == null ? "" : yaml).split("\n", -1);
        String indent = null; // of the block's entries, fixed by its first one
        for (int i = after; i < lines.length; i++) {
            Matcher m = ENTRY.matcher(lines[i].stripTrailing());
            if (!m.matches()) {
                continue;
            }
            boolean top = m.group(1).isEmpty();
            if (nested && top) {
                return 0; // left the block
            }
            if (nested && indent == null) {
                indent = m.group(1);
            }
            boolean level = nested ? m.group(1).equals(indent) : top;
            if (level && m.group(3).strip().equals(key)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Top-level {@code key: "text"} pairs, quotes removed; enough to compare the lengths of texts. */
    static Map<String, String> values(String yaml) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : (yaml == null ? "" : yaml).split("\n")) {
            Matcher m = ENTRY.matcher(line.stripTrailing());
            if (m.matches() && m.group(1).isEmpty() && m.group(4) != null) {
                String v = m.group(4).strip();
                if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
                    v = v.substring(1, v.length() - 1);
                }
                values.putIfAbsent(m.group(3).strip(), v);
            }
        }
        return values;
    }
}
