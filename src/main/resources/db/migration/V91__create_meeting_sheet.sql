-- Meeting day (issue 14): the sheet a group's meeting is written on, before it reaches the ledger.
-- A sheet is DRAFT -> SUBMITTED -> CONFIRMED; a reject sends SUBMITTED back to DRAFT. Only a confirmation
-- posts money, and every ledger row it posts names the sheet (sheet_id).

CREATE TABLE meeting_sheet (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id         BIGINT       NOT NULL,
    shg_id             BIGINT       NOT NULL,
    status             VARCHAR(10)  NOT NULL,            -- DRAFT, SUBMITTED, CONFIRMED
    version            BIGINT       NOT NULL DEFAULT 0,  -- bumped by every edit: a save from an older one is refused
    cash_counted_paise BIGINT       NULL,                -- entered at the end of the meeting
    rejected_reason    VARCHAR(500) NULL,                -- the last reject's reason, cleared by a submit
    confirmed_by       VARCHAR(80)  NULL,
    confirmed_at       TIMESTAMP(6) NULL,
    created_at         TIMESTAMP(6) NOT NULL,
    updated_at         TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_meeting_sheet_meeting UNIQUE (meeting_id),
    CONSTRAINT fk_meeting_sheet_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_sheet_shg FOREIGN KEY (shg_id) REFERENCES org_unit (id),
    CONSTRAINT ck_meeting_sheet_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'CONFIRMED')),
    CONSTRAINT ck_meeting_sheet_cash CHECK (cash_counted_paise IS NULL OR cash_counted_paise >= 0),
    INDEX ix_meeting_sheet_status (status, updated_at),
    INDEX ix_meeting_sheet_shg (shg_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One line per member who was ACTIVE when the sheet was opened. attendance NULL = not yet entered.
CREATE TABLE meeting_sheet_line (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sheet_id            BIGINT      NOT NULL,
    member_id           BIGINT      NOT NULL,
    position            INT         NOT NULL,           -- 1.. in member-number order
    attendance          VARCHAR(8)  NULL,               -- PRESENT, ABSENT, LEAVE
    savings_paise       BIGINT      NOT NULL DEFAULT 0,
    fine_paise          BIGINT      NOT NULL DEFAULT 0,
    usual_savings_paise BIGINT      NOT NULL,           -- the prefill: the group's default savings
    CONSTRAINT uq_meeting_sheet_line UNIQUE (sheet_id, member_id),
    CONSTRAINT fk_meeting_sheet_line_sheet FOREIGN KEY (sheet_id) REFERENCES meeting_sheet (id),
    CONSTRAINT fk_meeting_sheet_line_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_meeting_sheet_line_attendance CHECK (attendance IS NULL OR attendance IN ('PRESENT', 'ABSENT', 'LEAVE')),
    CONSTRAINT ck_meeting_sheet_line_amounts CHECK (savings_paise >= 0 AND fine_paise >= 0 AND usual_savings_paise >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per open loan of the member when the sheet was opened; due_paise is the prefill.
CREATE TABLE meeting_sheet_repayment (
    id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sheet_id     BIGINT NOT NULL,
    member_id    BIGINT NOT NULL,
    loan_id      BIGINT NOT NULL,
    due_paise    BIGINT NOT NULL,
    amount_paise BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_meeting_sheet_repayment UNIQUE (sheet_id, member_id, loan_id),
    CONSTRAINT fk_meeting_sheet_repayment_sheet FOREIGN KEY (sheet_id) REFERENCES meeting_sheet (id),
    CONSTRAINT fk_meeting_sheet_repayment_loan FOREIGN KEY (loan_id) REFERENCES loan (id),
    CONSTRAINT ck_meeting_sheet_repayment_amounts CHECK (due_paise >= 0 AND amount_paise >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The sheet's history: one row per state change (OPENED, SAVED, SUBMITTED, CONFIRMED, REJECTED, CORRECTED,
-- FLAGGED). The makers of a sheet are the actors of its OPENED/SAVED/SUBMITTED rows. Append-only.
CREATE TABLE meeting_sheet_event (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sheet_id  BIGINT       NOT NULL,
    event     VARCHAR(12)  NOT NULL,
    actor     VARCHAR(80)  NOT NULL,
    channel   VARCHAR(10)  NOT NULL,
    member_id BIGINT       NULL,                   -- the line it was about, if one
    at        TIMESTAMP(6) NOT NULL,
    note      VARCHAR(500) NULL,
    CONSTRAINT fk_meeting_sheet_event_sheet FOREIGN KEY (sheet_id) REFERENCES meeting_sheet (id),
    INDEX ix_meeting_sheet_event_sheet (sheet_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A member's "WRONG" reply to her receipt: the sheet waits for staff. inbound_ref (the SMS MessageSid)
-- is unique, so a redelivered webhook flags once. Resolved by a correction of her line or by staff.
CREATE TABLE meeting_sheet_flag (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sheet_id    BIGINT        NOT NULL,
    member_id   BIGINT        NOT NULL,
    inbound_ref VARCHAR(64)   NOT NULL,
    text        VARCHAR(500)  NULL,
    at          TIMESTAMP(6)  NOT NULL,
    resolved_at TIMESTAMP(6)  NULL,
    resolved_by VARCHAR(80)   NULL,
    CONSTRAINT uq_meeting_sheet_flag_ref UNIQUE (inbound_ref),
    CONSTRAINT fk_meeting_sheet_flag_sheet FOREIGN KEY (sheet_id) REFERENCES meeting_sheet (id),
    CONSTRAINT fk_meeting_sheet_flag_member FOREIGN KEY (member_id) REFERENCES member (id),
    INDEX ix_meeting_sheet_flag_sheet (sheet_id, resolved_at),
    INDEX ix_meeting_sheet_flag_open (resolved_at, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Fines paid at meetings: append-only like the savings log (a fine is money the group receives, not her
-- savings). amount_paise: FINE > 0, REVERSAL = -(original).
CREATE TABLE fine_txn (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id       BIGINT       NOT NULL,
    type            VARCHAR(10)  NOT NULL,           -- FINE, REVERSAL
    amount_paise    BIGINT       NOT NULL,
    reverses_txn_id BIGINT       NULL,
    channel         VARCHAR(10)  NOT NULL,
    actor           VARCHAR(80)  NOT NULL,
    value_date      DATE         NOT NULL,
    idempotency_key VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    note            VARCHAR(200) NULL,
    sheet_id        BIGINT       NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_fine_txn_idempotency UNIQUE (idempotency_key),
    CONSTRAINT uq_fine_txn_reverses UNIQUE (reverses_txn_id),
    CONSTRAINT fk_fine_txn_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_fine_txn_reverses FOREIGN KEY (reverses_txn_id) REFERENCES fine_txn (id),
    CONSTRAINT fk_fine_txn_sheet FOREIGN KEY (sheet_id) REFERENCES meeting_sheet (id),
    CONSTRAINT ck_fine_txn_type CHECK (type IN ('FINE', 'REVERSAL')),
    CONSTRAINT ck_fine_txn_channel
        CHECK (channel IN ('USSD', 'SMS', 'IVR', 'BOOKKEEPER', 'API', 'CONSOLE', 'IMPORT', 'MEETING')),
    CONSTRAINT ck_fine_txn_sign CHECK ((type = 'FINE' AND amount_paise > 0 AND reverses_txn_id IS NULL)
                                    OR (type = 'REVERSAL' AND amount_paise < 0 AND reverses_txn_id IS NOT NULL)),
    INDEX ix_fine_txn_member (member_id, id),
    INDEX ix_fine_txn_sheet (sheet_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The ledger rows a confirmed sheet (or its correction) posted name the sheet.
ALTER TABLE savings_txn ADD COLUMN sheet_id BIGINT NULL,
    ADD CONSTRAINT fk_savings_txn_sheet FOREIGN KEY (sheet_id) REFERENCES meeting_sheet (id);
ALTER TABLE loan_repayment ADD COLUMN sheet_id BIGINT NULL,
    ADD CONSTRAINT fk_loan_repayment_sheet FOREIGN KEY (sheet_id) REFERENCES meeting_sheet (id);
