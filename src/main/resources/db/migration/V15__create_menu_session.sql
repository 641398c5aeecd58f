-- Menu sessions live in the database so that any instance can answer the next USSD hop or voice
-- callback. One row per gateway session (USSD) or call (voice); state_json is the engine's state.
--
-- Aria without transactions, not InnoDB: a session is a few minutes of navigation state, written on
-- every hop. InnoDB would flush its redo log to disk on each of those commits (measured here: ~2.6 ms
-- per single-row commit, the largest cost of a hop); a session lost in a database crash only means the
-- member dials again. Money never lives here: the ledger tables stay InnoDB.
CREATE TABLE menu_session (
    session_key     VARCHAR(120) NOT NULL PRIMARY KEY,  -- channel-scoped, e.g. at:<sessionId>, gw:<sessionId>, voice:<CallSid>
    channel         VARCHAR(10)  NOT NULL,              -- USSD, IVR
    phone_e164      VARCHAR(16)  NOT NULL,
    flow_version_id BIGINT       NULL,
    state_json      TEXT         NULL,                  -- NULL once ended
    inputs_seen     INT          NULL,                  -- Africa's Talking: inputs in the accumulated text so far (never the text: it holds PINs)
    pages_json      TEXT         NULL,                  -- remaining pages of a long screen ("00 More")
    hops            INT          NOT NULL DEFAULT 0,
    status          VARCHAR(8)   NOT NULL,              -- ACTIVE, ENDED, EXPIRED
    end_reason      VARCHAR(200) NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    updated_at      TIMESTAMP(6) NOT NULL,
    expires_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT ck_menu_session_status CHECK (status IN ('ACTIVE', 'ENDED', 'EXPIRED')),
    INDEX ix_menu_session_expires (expires_at)
) ENGINE = Aria TRANSACTIONAL = 0 DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
