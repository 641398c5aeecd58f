-- Outbound messages, written in the same transaction as the change that caused them and sent by
-- OutboxDispatcher after commit. Timestamps are UTC, always written by the application.

CREATE TABLE outbox_message (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    channel          VARCHAR(8)    NOT NULL,           -- SMS, VOICE
    recipient        VARCHAR(20)   NOT NULL,           -- E.164
    body             VARCHAR(1600) NOT NULL,           -- Twilio's maximum body length
    language         VARCHAR(8)    NULL,
    template_key     VARCHAR(100)  NULL,
    dlt_template_id  VARCHAR(32)   NULL,               -- India DLT content template id (travels with the row)
    encoding         VARCHAR(5)    NOT NULL,           -- GSM7, UCS2
    segments         INT           NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0, -- send attempts started (counted at claim)
    next_attempt_at  TIMESTAMP(6)  NOT NULL,           -- PENDING: when due; SENDING: when the lease ends
    lease_owner      CHAR(36)      NULL,               -- claim token of the dispatcher holding a SENDING row
    last_error       VARCHAR(500)  NULL,
    provider_id      VARCHAR(64)   NULL,               -- Twilio message SID
    provider_status  VARCHAR(20)   NULL,               -- queued, sent, delivered, undelivered, failed, ...
    error_code       INT           NULL,               -- Twilio error code
    dedupe_key       VARCHAR(191)  NULL,
    created_at       TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    sent_at          TIMESTAMP(6)  NULL,
    updated_at       TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_outbox_dedupe UNIQUE (dedupe_key),
    CONSTRAINT uq_outbox_provider UNIQUE (provider_id),
    CONSTRAINT ck_outbox_channel CHECK (channel IN ('SMS', 'VOICE')),
    CONSTRAINT ck_outbox_encoding CHECK (encoding IN ('GSM7', 'UCS2')),
    CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'DELIVERED', 'UNDELIVERED',
                                                  'FAILED', 'DEAD')),
    -- The claim query: due PENDING rows and SENDING rows whose lease ran out, oldest first.
    INDEX ix_outbox_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Delivery reports from the provider, one row per (message, status): replays are ignored. A report
-- can arrive before the dispatcher has stored the SID, so rows are keyed by provider id.
CREATE TABLE outbox_status_event (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    provider_id      VARCHAR(64)   NOT NULL,
    provider_status  VARCHAR(20)   NOT NULL,
    error_code       INT           NULL,
    received_at      TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_outbox_status_event UNIQUE (provider_id, provider_status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
