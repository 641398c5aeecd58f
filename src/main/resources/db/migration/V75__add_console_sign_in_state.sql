-- Sign-ins that can be throttled and revoked (issue 15).
-- Failed passwords per user live here, not in one instance's memory: behind a load balancer an attacker
-- would otherwise get the free tries once per instance. session_epoch is bumped when an administrator
-- resets her password or disables her: every sign-in and cached API credential made before then ends.
ALTER TABLE console_user
    ADD COLUMN session_epoch          INT          NOT NULL DEFAULT 0,
    ADD COLUMN failed_sign_ins        INT          NOT NULL DEFAULT 0,
    ADD COLUMN last_failed_sign_in_at TIMESTAMP(6) NULL,
    ADD COLUMN sign_in_locked_until   TIMESTAMP(6) NULL;

-- One row per console sign-in (browser session). The browser holds a random ticket; only its SHA-256 is
-- stored, so a copy of this table opens nothing. Sign-out sets revoked_at; a session older than the
-- absolute lifetime or made under an older session_epoch is refused whatever the cookie says.
CREATE TABLE console_session (
    ticket_sha256 CHAR(64)     NOT NULL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    session_epoch INT          NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    revoked_at    TIMESTAMP(6) NULL,
    KEY ix_console_session_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
