package org.sakhiline.menu.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A stored flow version (table {@code flow_version}); rows are inserted, never updated once published. */
@Entity
@Table(name = "flow_version")
public class FlowVersionRecord extends PanacheEntityBase {

    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "flow_key", nullable = false, length = 40)
    public String flowKey;

    @Column(name = "version_no", nullable = false)
    public int versionNo;

    @Column(name = "content", nullable = false, columnDefinition = "LONGTEXT")
    public String content;

    @Column(name = "content_hash", nullable = false, columnDefinition = "CHAR(64)")
    public String contentHash;

    @Column(name = "status", nullable = false, length = 10)
    public String status;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "author", nullable = false, length = 64)
    public String author;

    @Column(name = "note", length = 200)
    public String note;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    public static Optional<FlowVersionRecord> latestPublished(String flowKey) {
        return find("flowKey = ?1 and status = ?2 order by versionNo desc", flowKey, PUBLISHED).firstResultOptional();
    }

    /** Id of the newest published version: one probe of index (flow_key, status, version_no). */
    public static Optional<Long> latestPublishedId(String flowKey) {
        return getEntityManager().createQuery("select v.id from FlowVersionRecord v where v.flowKey = ?1 and v.status = ?2"
                        + " order by v.versionNo desc", Long.class)
                .setParameter(1, flowKey).setParameter(2, PUBLISHED).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public static int maxVersionNo(String flowKey) {
        Integer max = getEntityManager()
                .createQuery("select max(v.versionNo) from FlowVersionRecord v where v.flowKey = ?1", Integer.class)
                .setParameter(1, flowKey).getSingleResult();
        return max == null ? 0 : max;
    }

    public static boolean hashExists(String flowKey, String hash) {
        return count("flowKey = ?1 and contentHash = ?2", flowKey, hash) > 0;
    }
}
