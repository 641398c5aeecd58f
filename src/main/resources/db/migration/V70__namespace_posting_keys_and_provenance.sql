-- The ledger decides provenance (issue 15). Keys sent by API clients and console forms are stored as
-- client:<username>:<key> (up to 7 + 64 + 100 characters) so they never meet the system's own keys
-- (sms-confirm:12, import:..., sheet:...), and compared exactly (binary), not case-insensitively.
-- Actors name a console user in full ("console:" + a 64-character username), never truncated.
ALTER TABLE savings_txn
    MODIFY idempotency_key VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    MODIFY actor VARCHAR(80) NOT NULL;
ALTER TABLE loan_repayment
    MODIFY idempotency_key VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    MODIFY actor VARCHAR(80) NOT NULL;
-- A loan's disbursal says who made it and through which channel; NULL on loans recorded before this.
ALTER TABLE loan
    MODIFY idempotency_key VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    ADD COLUMN channel VARCHAR(10) NULL AFTER status,
    ADD COLUMN actor VARCHAR(80) NULL AFTER channel,
    ADD CONSTRAINT ck_loan_channel
        CHECK (channel IS NULL OR channel IN ('USSD', 'SMS', 'IVR', 'BOOKKEEPER', 'API', 'CONSOLE', 'IMPORT', 'MEETING'));

-- One row per client idempotency key (namespaced as above) with a digest of the request it was first
-- used for: the same key with another request (another body, member, loan or endpoint) is refused, a
-- repeat of the same request replays. Written in the posting's transaction; never updated or deleted.
CREATE TABLE client_request (
    idempotency_key VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL PRIMARY KEY,
    request_hash    CHAR(64)     CHARACTER SET ascii NOT NULL,   -- SHA-256, hex
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
