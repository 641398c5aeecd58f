package org.sakhiline.admin.simulator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One simulated dial, call or SMS thread (table {@code simulator_session}), owned by the console user who started it. */
@Entity
@Table(name = "simulator_session")
public class SimulatorSession extends PanacheEntityBase {

    public enum SimulatedChannel { USSD, SMS, VOICE }

    public enum Source {
        PUBLISHED, DRAFT;

        public String formValue() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Source fromForm(String value) {
            return "draft".equalsIgnoreCase(value == null ? "" : value.strip()) ? DRAFT : PUBLISHED;
        }
    }

    @Id
    @Column(name = "id", columnDefinition = "CHAR(32)")
    public String id;

    @Column(name = "console_user", nullable = false, length = 64)
    public String consoleUser;

    @Column(name = "channel", nullable = false, length = 5)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public SimulatedChannel channel;

    @Column(name = "phone_e164", nullable = false, length = 16)
    public String phone;

    @Column(name = "flow_key", nullable = false, length = 40)
    public String flowKey;

    @Column(name = "source", nullable = false, length = 9)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Source source;

    @Column(name = "flow_version_id")
    public Long flowVersionId;

    @Column(name = "draft_hash", columnDefinition = "CHAR(64)")
    public String draftHash;

    @Column(name = "state_json", columnDefinition = "TEXT")
    public String stateJson;

    @Column(name = "pending_json", columnDefinition = "TEXT")
    public String pendingJson;

    @Column(name = "transcript_json", nullable = false, columnDefinition = "LONGTEXT")
    public String transcriptJson;

    @Column(name = "ended", nullable = false)
    public boolean ended;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
}
