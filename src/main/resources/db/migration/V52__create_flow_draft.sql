-- Drafts of menu flows edited in the console: the YAML exactly as the administrator typed it (flow.yaml
-- and one texts file per language, the same files as menus/<key>/), at most one draft per flow. A draft
-- is edited in place; publishing turns it into a new immutable flow_version row and removes it.
CREATE TABLE flow_draft (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    flow_key            VARCHAR(40)  NOT NULL,
    flow_yaml           LONGTEXT     NOT NULL,
    texts_json          LONGTEXT     NOT NULL,              -- {"hi": "<texts/hi.yaml>", ...}
    based_on_version_id BIGINT       NULL,                  -- the version it was started from
    revision            INT          NOT NULL DEFAULT 0,    -- +1 per save: a stale editor cannot overwrite a newer save
    created_by          VARCHAR(64)  NOT NULL,
    created_at          TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_by          VARCHAR(64)  NOT NULL,
    updated_at          TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_flow_draft_key UNIQUE (flow_key),
    CONSTRAINT fk_flow_draft_based_on FOREIGN KEY (based_on_version_id) REFERENCES flow_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
