package org.sakhiline.admin.flows;

import java.time.Instant;
import org.sakhiline.menu.store.FlowVersionRecord;

/** What the list, the audit log and the pages say about one stored version (never its content). */
public record VersionFacts(long id, String flowKey, int versionNo, String author, Instant publishedAt, String note,
                           String contentHash) {

    public static VersionFacts of(FlowVersionRecord r) {
        return new VersionFacts(r.id, r.flowKey, r.versionNo, r.author, r.publishedAt, r.note, r.contentHash);
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
