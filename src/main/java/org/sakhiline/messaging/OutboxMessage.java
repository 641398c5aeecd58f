package org.sakhiline.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One outbound message. Rows are written by {@link Outbox#enqueue} and moved along by
 * {@link OutboxDispatcher} and delivery reports with plain SQL (claims need SKIP LOCKED); the entity is
 * for reading them.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    @Id
    public Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 8)
    public OutboxChannel channel;

    @Column(nullable = false, length = 20)
    public String recipient;

    @Column(nullable = false, length = 1600)
    public String body;

    @Column(length = 8)
    public String language;

    @Column(name = "template_key", length = 100)
    public String templateKey;

    @Column(name = "dlt_template_id", length = 32)
    public String dltTemplateId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 5)
    public SmsEncoding encoding;

    @Column(nullable = false)
    public int segments;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    public OutboxStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "lease_owner", length = 36, columnDefinition = "char(36)")
    public String leaseOwner;

    @Column(name = "last_error", length = 500)
    public String lastError;

    @Column(name = "provider_id", length = 64)
    public String providerId;

    @Column(name = "provider_status", length = 20)
    public String providerStatus;

    @Column(name = "error_code")
    public Integer errorCode;

    /** The SMS gateway chosen for this row ({@link SmsRouting}); null on VOICE rows and rows older than routing. */
    @Column(length = 16)
    public String provider;

    @Column(name = "dedupe_key", length = 191)
    public String dedupeKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<OutboxMessage> findByProviderId(String providerId) {
        return find("providerId", providerId).firstResultOptional();
    }

    public static Optional<OutboxMessage> findByDedupeKey(String dedupeKey) {
        return find("dedupeKey", dedupeKey).firstResultOptional();
    }

    public static List<OutboxMessage> listByStatus(OutboxStatus status) {
        return list("status", status);
    }

    public static long countByStatus(OutboxStatus status) {
        return count("status", status);
    }
}
