-- The console's phone simulator: one row per simulated dial, call or SMS exchange, kept apart from
-- menu_session so a simulation never touches a member's real session. Rows expire after an hour of
-- inactivity and are removed when the next simulation starts; they hold no PIN (the simulator never
-- checks or stores one).
CREATE TABLE simulator_session (
    id              CHAR(32)     NOT NULL PRIMARY KEY,     -- random; only its owner may continue it
    console_user    VARCHAR(64)  NOT NULL,
    channel         VARCHAR(5)   NOT NULL,                 -- USSD, SMS, VOICE
    phone_e164      VARCHAR(16)  NOT NULL,
    flow_key        VARCHAR(40)  NOT NULL,
    source          VARCHAR(9)   NOT NULL,                 -- PUBLISHED, DRAFT
    flow_version_id BIGINT       NULL,                     -- the published version it runs on
    draft_hash      CHAR(64)     NULL,                     -- the draft content it runs on
    state_json      TEXT         NULL,                     -- the engine's state; NULL once the session ended
    pending_json    TEXT         NULL,                     -- USSD: pages behind "00"; voice: the screen "*" repeats
    transcript_json LONGTEXT     NOT NULL,
    ended           BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      TIMESTAMP(6) NOT NULL,
    expires_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT ck_simulator_session_channel CHECK (channel IN ('USSD', 'SMS', 'VOICE')),
    CONSTRAINT ck_simulator_session_source CHECK (source IN ('PUBLISHED', 'DRAFT')),
    INDEX ix_simulator_session_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
