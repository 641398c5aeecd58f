package org.sakhiline.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/** Folds every generated row into a SHA-256 digest: equal digests mean identical data sets. */
public final class DigestRowSink implements RowSink {

    private final MessageDigest digest;
    private final Map<DemoTable, Long> counts = new EnumMap<>(DemoTable.class);

    public DigestRowSink() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void row(DemoTable table, Object... values) {
        StringBuilder line = new StringBuilder(table.tableName);
        for (Object v : values) {
            line.append('\u001f').append(v == null ? "\u0000" : v.toString());
        }
        digest.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        counts.merge(table, 1L, Long::sum);
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    public Map<DemoTable, Long> counts() {
        return counts;
    }
}
