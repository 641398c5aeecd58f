-- One row per Twilio call, inbound or outbound, kept up to date by the call webhook and Twilio's
-- status callbacks (replays and out-of-order callbacks never move a call back to an earlier status).
CREATE TABLE voice_call (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    call_sid         VARCHAR(64)   NOT NULL,
    direction        VARCHAR(20)   NOT NULL,           -- inbound, outbound-api
    from_e164        VARCHAR(20)   NULL,
    to_e164          VARCHAR(20)   NULL,
    status           VARCHAR(20)   NOT NULL,           -- queued, initiated, ringing, in-progress, completed, busy, no-answer, failed, canceled
    status_rank      INT           NOT NULL,           -- order of status, so a late callback cannot move it backwards
    duration_s       INT           NULL,
    error_code       INT           NULL,
    error_message    VARCHAR(200)  NULL,
    outbox_id        BIGINT        NULL,               -- the VOICE outbox row an outbound call was placed for
    member_id        BIGINT        NULL,               -- outbound menu calls: the member called
    flow_key         VARCHAR(40)   NULL,               -- outbound menu calls: the flow she hears
    created_at       TIMESTAMP(6)  NOT NULL,
    updated_at       TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uq_voice_call_sid UNIQUE (call_sid),
    INDEX ix_voice_call_outbox (outbox_id),
    INDEX ix_voice_call_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
