package org.sakhiline.admin.flows;

import java.time.Instant;
import org.sakhiline.menu.store.FlowVersionRecord;

/** What the list, the audit log and the pages say about one stored version (never its content). */
public record VersionFacts(long id, String flowKey, int versionNo, String author, Instant publishedAt, String note,
                           String contentHash) {

    private static final java.util.regex.Pattern ROLLBACK =
            java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(FlowPublishing.ROLLBACK_PREFIX) + "(\\d+)(?:: (.*))?", java.util.regex.Pattern.DOTALL);

    public static VersionFacts of(FlowVersionRecord r) {
        return new VersionFacts(r.id, r.flowKey, r.versionNo, r.author, r.publishedAt, r.note, r.contentHash);
    }

    /** "v3" when this version is a rollback ("rollback to v3: why"), so the page can say it in words; else null. */
    public String rollbackOf() {
        java.util.regex.Matcher m = ROLLBACK.matcher(note == null ? "" : note);
        return m.matches() ? "v" + m.group(1) : null;
    }

    /** The administrator's own words in a rollback's note. */
    public String rollbackNote() {
        java.util.regex.Matcher m = ROLLBACK.matcher(note == null ? "" : note);
        return m.matches() ? (m.group(2) == null ? "" : m.group(2)) : note;
    }

    public String label() {
        return "v" + versionNo;
    }

    /** "2026-03-05 14:02 UTC": minutes are enough to tell versions apart on the page. */
    public String publishedText() {
        return when(publishedAt);
    }

    static String when(Instant t) {
        return t == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(java.time.ZoneOffset.UTC).format(t);
    }
}
