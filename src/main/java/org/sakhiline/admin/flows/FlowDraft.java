package org.sakhiline.admin.flows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Optional;

/** The draft of a flow (table {@code flow_draft}): its files as typed, edited in place until published. */
@Entity
@Table(name = "flow_draft")
public class FlowDraft extends PanacheEntityBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> TEXTS = new TypeReference<>() {};

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "flow_key", nullable = false, length = 40)
    public String flowKey;

    @Column(name = "flow_yaml", nullable = false, columnDefinition = "LONGTEXT")
    public String flowYaml;

    @Column(name = "texts_json", nullable = false, columnDefinition = "LONGTEXT")
    public String textsJson;

    @Column(name = "based_on_version_id")
    public Long basedOnVersionId;

    @Column(name = "revision", nullable = false)
    public int revision;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<FlowDraft> forFlow(String flowKey) {
        return find("flowKey", flowKey).firstResultOptional();
    }

    public FlowFiles files() {
        try {
            return new FlowFiles(flowYaml, JSON.readValue(textsJson, TEXTS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("flow_draft " + id + " has unreadable texts_json", e);
        }
    }

    public void setFiles(FlowFiles files) {
        flowYaml = files.flowYaml();
        try {
            textsJson = JSON.writeValueAsString(new LinkedHashMap<>(files.texts()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
