-- Menu sessions live in the database so that any instance can answer the next USSD hop or voice
-- callback. One row per gateway session (USSD) or call (voice); state_json is the engine's state.
CREATE TABLE menu_session (
    session_key     VARCHAR(120) NOT NULL PRIMARY KEY,  -- channel-scoped, e.g. at:<sessionId>, gw:<sessionId>, voice:<CallSid>
    channel         VARCHAR(10)  NOT NULL,              -- USSD, IVR
    phone_e164      VARCHAR(16)  NOT NULL,
    flow_version_id BIGINT       NULL,
    state_json      TEXT         NULL,                  -- NULL once ended
    last_text       VARCHAR(1000) NULL,                 -- Africa's Talking accumulated text seen last hop
    pages_json      TEXT         NULL,                  -- remaining pages of a long screen ("00 More")
    hops            INT          NOT NULL DEFAULT 0,
    status          VARCHAR(8)   NOT NULL,              -- ACTIVE, ENDED, EXPIRED
    end_reason      VARCHAR(200) NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    updated_at      TIMESTAMP(6) NOT NULL,
    expires_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT ck_menu_session_status CHECK (status IN ('ACTIVE', 'ENDED', 'EXPIRED')),
    INDEX ix_menu_session_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
