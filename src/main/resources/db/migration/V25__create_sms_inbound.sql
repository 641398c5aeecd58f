-- Inbound SMS as Twilio delivered them, one row per MessageSid: the unique key makes a redelivered
-- webhook answer with the stored reply and change nothing. Phone numbers are kept in full here
-- (this is data, not a log line). Timestamps are UTC, written by the application.

CREATE TABLE sms_inbound (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    message_sid  VARCHAR(64)   NOT NULL,
    from_number  VARCHAR(32)   NOT NULL,            -- E.164 for phones; short codes / sender ids as given
    to_number    VARCHAR(32)   NULL,
    body         VARCHAR(1600) NOT NULL,
    kind         VARCHAR(24)   NOT NULL,            -- what it was taken for: BALANCE, DEPOSIT_REQUEST, UNKNOWN_PHONE, ...
    member_id    BIGINT        NULL,                -- the member it answered about, if any
    staff_id     BIGINT        NULL,                -- the staff member who sent it, if any
    reply        VARCHAR(1600) NULL,                -- what the sender was answered; NULL = nothing
    reply_via    VARCHAR(8)    NOT NULL,            -- INLINE (TwiML), OUTBOX, NONE
    created_at   TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uq_sms_inbound_sid UNIQUE (message_sid),
    CONSTRAINT ck_sms_inbound_via CHECK (reply_via IN ('INLINE', 'OUTBOX', 'NONE')),
    INDEX ix_sms_inbound_from (from_number, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
