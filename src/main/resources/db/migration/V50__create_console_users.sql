-- People who sign in to the administrator console or call /api/v1. ADMIN may do everything; STAFF reads
-- and writes only inside the org unit subtree named by org_unit_id. Passwords are bcrypt (modular crypt
-- format, e.g. $2a$10$...); roles holds one role name as Quarkus Security JPA expects.
CREATE TABLE console_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(8)   NOT NULL,
    org_unit_id   BIGINT       NULL,
    display_name  VARCHAR(120) NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_console_user_username UNIQUE (username),
    CONSTRAINT fk_console_user_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_console_user_role CHECK (role IN ('ADMIN', 'STAFF')),
    -- A STAFF account without a subtree would see nothing; an ADMIN one is never narrowed.
    CONSTRAINT ck_console_user_scope CHECK ((role = 'STAFF') = (org_unit_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
