-- Published and draft versions of menu flows. A version is immutable once written: sessions keep the
-- version they started on, and an edit is a new row. content holds the definition and every language's
-- texts as one JSON document; content_hash (SHA-256) tells whether files on disk are already stored.
CREATE TABLE flow_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    flow_key     VARCHAR(40)  NOT NULL,
    version_no   INT          NOT NULL,
    content      LONGTEXT     NOT NULL,
    content_hash CHAR(64)     NOT NULL,
    status       VARCHAR(10)  NOT NULL,             -- DRAFT, PUBLISHED
    published_at TIMESTAMP(6) NULL,
    author       VARCHAR(64)  NOT NULL,             -- e.g. files:menus/main, admin:7
    note         VARCHAR(200) NULL,
    created_at   TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_flow_version_no UNIQUE (flow_key, version_no),
    CONSTRAINT ck_flow_version_status CHECK (status IN ('DRAFT', 'PUBLISHED')),
    CONSTRAINT ck_flow_version_published CHECK (status = 'DRAFT' OR published_at IS NOT NULL),
    INDEX ix_flow_version_latest (flow_key, status, version_no),
    INDEX ix_flow_version_hash (flow_key, content_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
