-- Every change made through the console or the API: who, when, what, and the record before and after
-- (JSON). Append-only like the ledger: rows are never updated or deleted by the application.
CREATE TABLE audit_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    actor          VARCHAR(64)  NOT NULL,          -- console username, or 'system'
    action         VARCHAR(64)  NOT NULL,          -- e.g. flow.publish, savings.reverse, member.create
    entity_type    VARCHAR(32)  NOT NULL,
    entity_id      VARCHAR(64)  NULL,
    org_unit_id    BIGINT       NULL,             -- the subtree it belongs to, so STAFF can read their own
    summary        VARCHAR(500) NULL,
    before_json    LONGTEXT     NULL,
    after_json     LONGTEXT     NULL,
    correlation_id VARCHAR(40)  NULL,
    INDEX ix_audit_event_time (occurred_at),
    INDEX ix_audit_event_entity (entity_type, entity_id),
    INDEX ix_audit_event_actor (actor, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
