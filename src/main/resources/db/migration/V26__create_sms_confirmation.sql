-- Bank mitra maker-checker: DEP/REP creates a PENDING row with a 4-digit code; YES <code> from the same
-- mitra within the time limit posts it (idempotency key sms-confirm:<id>), NO cancels. A code is looked
-- up only among the sender's own rows and is single-use. UNDO fills the reversal columns.

CREATE TABLE sms_confirmation (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                 VARCHAR(4)   NOT NULL,
    staff_id             BIGINT       NOT NULL,      -- the mitra who asked (maker and checker on her phone)
    member_id            BIGINT       NOT NULL,
    kind                 VARCHAR(10)  NOT NULL,      -- DEPOSIT, REPAYMENT
    amount_paise         BIGINT       NOT NULL,
    loan_id              BIGINT       NULL,          -- REPAYMENT: the loan chosen when asked
    bank_ref             VARCHAR(64)  NULL,
    request_sid          VARCHAR(64)  NOT NULL,      -- MessageSid of the DEP/REP message
    status               VARCHAR(10)  NOT NULL,      -- PENDING, CONFIRMED, CANCELLED, EXPIRED
    expires_at           TIMESTAMP(6) NOT NULL,
    created_at           TIMESTAMP(6) NOT NULL,
    decided_at           TIMESTAMP(6) NULL,
    result_id            BIGINT       NULL,          -- savings_txn.id (DEPOSIT) or loan_repayment.id (REPAYMENT)
    reversal_id          BIGINT       NULL,          -- the reversal posted by UNDO
    reversed_at          TIMESTAMP(6) NULL,
    reversed_by_staff_id BIGINT       NULL,
    -- At most one PENDING row per mitra and code, so YES <code> can never be ambiguous.
    pending_code         VARCHAR(4) AS (IF(status = 'PENDING', code, NULL)) PERSISTENT,
    CONSTRAINT uq_sms_confirmation_pending UNIQUE (staff_id, pending_code),
    CONSTRAINT uq_sms_confirmation_result UNIQUE (kind, result_id),
    CONSTRAINT fk_sms_confirmation_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT fk_sms_confirmation_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_sms_confirmation_kind CHECK (kind IN ('DEPOSIT', 'REPAYMENT')),
    CONSTRAINT ck_sms_confirmation_status CHECK (status IN ('PENDING', 'CONFIRMED', 'CANCELLED', 'EXPIRED')),
    CONSTRAINT ck_sms_confirmation_amount CHECK (amount_paise > 0),
    INDEX ix_sms_confirmation_code (staff_id, code, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
