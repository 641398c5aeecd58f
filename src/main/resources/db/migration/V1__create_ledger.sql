-- The SHG ledger: federation tree, members, staff, savings log, loans, meetings.
-- Money is BIGINT minor units (paise/paisa). Timestamps are UTC (TIMESTAMP(6) written by the app in UTC).
-- Posted money rows are never updated: corrections are reversal rows pointing at the original.

CREATE TABLE org_unit (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    parent_id     BIGINT       NULL,
    level         VARCHAR(8)   NOT NULL,           -- CLF, VO, SHG (India); LSO, VO, CO (Pakistan RSPs)
    country       CHAR(2)      NOT NULL,           -- IN, PK
    code          VARCHAR(32)  NOT NULL,
    name          VARCHAR(120) NOT NULL,
    name_local    VARCHAR(200) NULL,
    district      VARCHAR(100) NULL,
    block         VARCHAR(100) NULL,
    village       VARCHAR(100) NULL,
    created_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id),
    CONSTRAINT ck_org_unit_level CHECK (level IN ('CLF', 'VO', 'SHG', 'LSO', 'CO')),
    CONSTRAINT ck_org_unit_country CHECK (country IN ('IN', 'PK')),
    INDEX ix_org_unit_parent (parent_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per group (org_unit of level SHG or CO).
CREATE TABLE shg_profile (
    org_unit_id           BIGINT       NOT NULL PRIMARY KEY,
    formation_date        DATE         NOT NULL,
    meeting_frequency     VARCHAR(10)  NOT NULL,   -- WEEKLY, MONTHLY
    meeting_day_of_week   TINYINT      NULL,       -- 1 = Monday .. 7 = Sunday (WEEKLY, and MONTHLY nth-weekday rule)
    meeting_week_of_month TINYINT      NULL,       -- MONTHLY: 1..4 = nth weekday of the month
    meeting_day_of_month  TINYINT      NULL,       -- MONTHLY: fixed day 1..28 (used when week_of_month is NULL)
    meeting_time          TIME         NOT NULL,   -- local time in time_zone
    meeting_place         VARCHAR(200) NOT NULL,
    time_zone             VARCHAR(40)  NOT NULL,   -- Asia/Kolkata, Asia/Karachi
    default_language      VARCHAR(8)   NOT NULL,
    default_savings_paise BIGINT       NOT NULL,
    bank_account_masked   VARCHAR(32)  NULL,       -- e.g. XXXXXX4821; the full number is never stored here
    grade                 CHAR(1)      NULL,       -- A, B, C after grading
    CONSTRAINT fk_shg_profile_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_shg_profile_frequency CHECK (meeting_frequency IN ('WEEKLY', 'MONTHLY')),
    CONSTRAINT ck_shg_profile_savings CHECK (default_savings_paise >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE member (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    shg_id              BIGINT       NOT NULL,
    member_no           INT          NOT NULL,     -- unique within the SHG only: names repeat in a village
    name                VARCHAR(120) NOT NULL,     -- Latin script
    name_native         VARCHAR(200) NULL,         -- her own script
    language            VARCHAR(8)   NOT NULL,     -- en, hi, as, bn, mni, ur, sd
    script              VARCHAR(6)   NOT NULL,     -- NATIVE or ROMAN
    role                VARCHAR(12)  NOT NULL,     -- MEMBER, LEADER, BOOKKEEPER
    status              VARCHAR(10)  NOT NULL,     -- ACTIVE, INACTIVE, EXITED
    pin_hash            VARCHAR(100) NULL,
    pin_failed_attempts INT          NOT NULL DEFAULT 0,
    pin_locked_until    TIMESTAMP(6) NULL,
    reminders_opt_out   BOOLEAN      NOT NULL DEFAULT FALSE,
    joined_on           DATE         NOT NULL,
    created_at          TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_member_shg_no UNIQUE (shg_id, member_no),
    CONSTRAINT fk_member_shg FOREIGN KEY (shg_id) REFERENCES org_unit (id),
    CONSTRAINT ck_member_script CHECK (script IN ('NATIVE', 'ROMAN')),
    CONSTRAINT ck_member_role CHECK (role IN ('MEMBER', 'LEADER', 'BOOKKEEPER')),
    CONSTRAINT ck_member_status CHECK (status IN ('ACTIVE', 'INACTIVE', 'EXITED')),
    INDEX ix_member_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Phones are NOT unique to a member: one handset may serve several members.
CREATE TABLE member_phone (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id  BIGINT      NOT NULL,
    phone_e164 VARCHAR(16) NOT NULL,
    CONSTRAINT uq_member_phone UNIQUE (member_id, phone_e164),
    CONSTRAINT fk_member_phone_member FOREIGN KEY (member_id) REFERENCES member (id),
    INDEX ix_member_phone_phone (phone_e164)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                VARCHAR(120) NOT NULL,
    phone_e164          VARCHAR(16)  NOT NULL,
    role                VARCHAR(16)  NOT NULL,     -- BANK_MITRA, CRP, ADMINISTRATOR
    org_unit_id         BIGINT       NOT NULL,     -- may act on this unit and its subtree
    language            VARCHAR(8)   NOT NULL DEFAULT 'en',
    status              VARCHAR(10)  NOT NULL DEFAULT 'ACTIVE',
    pin_hash            VARCHAR(100) NULL,
    pin_failed_attempts INT          NOT NULL DEFAULT 0,
    pin_locked_until    TIMESTAMP(6) NULL,
    created_at          TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_staff_phone UNIQUE (phone_e164),
    CONSTRAINT fk_staff_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_staff_role CHECK (role IN ('BANK_MITRA', 'CRP', 'ADMINISTRATOR')),
    CONSTRAINT ck_staff_status CHECK (status IN ('ACTIVE', 'INACTIVE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only savings log. amount_paise is the signed effect on the balance:
-- DEPOSIT > 0, WITHDRAWAL < 0, REVERSAL = -(original amount). A balance is SUM(amount_paise).
CREATE TABLE savings_txn (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id           BIGINT       NOT NULL,
    type                VARCHAR(10)  NOT NULL,     -- DEPOSIT, WITHDRAWAL, REVERSAL
    amount_paise        BIGINT       NOT NULL,
    balance_after_paise BIGINT       NOT NULL,
    reverses_txn_id     BIGINT       NULL,
    channel             VARCHAR(10)  NOT NULL,     -- USSD, SMS, IVR, BOOKKEEPER, API
    actor               VARCHAR(64)  NOT NULL,     -- who posted it, e.g. staff:12, member:5, api:admin
    value_date          DATE         NOT NULL,
    idempotency_key     VARCHAR(100) NOT NULL,
    external_ref        VARCHAR(64)  NULL,
    note                VARCHAR(200) NULL,
    created_at          TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_savings_txn_idempotency UNIQUE (idempotency_key),
    CONSTRAINT uq_savings_txn_reverses UNIQUE (reverses_txn_id),   -- at most one reversal per transaction
    CONSTRAINT fk_savings_txn_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_savings_txn_reverses FOREIGN KEY (reverses_txn_id) REFERENCES savings_txn (id),
    CONSTRAINT ck_savings_txn_type CHECK (type IN ('DEPOSIT', 'WITHDRAWAL', 'REVERSAL')),
    CONSTRAINT ck_savings_txn_channel CHECK (channel IN ('USSD', 'SMS', 'IVR', 'BOOKKEEPER', 'API')),
    CONSTRAINT ck_savings_txn_sign CHECK ((type = 'DEPOSIT' AND amount_paise > 0)
                                       OR (type = 'WITHDRAWAL' AND amount_paise < 0)
                                       OR (type = 'REVERSAL' AND amount_paise <> 0 AND reverses_txn_id IS NOT NULL)),
    INDEX ix_savings_txn_member (member_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Cache of SUM(savings_txn.amount_paise) per member, updated in the same transaction as each post
-- (the row is locked FOR UPDATE first, which also serialises concurrent posts for one member).
CREATE TABLE savings_balance (
    member_id     BIGINT       NOT NULL PRIMARY KEY,
    balance_paise BIGINT       NOT NULL,
    last_txn_id   BIGINT       NULL,
    updated_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_savings_balance_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_savings_balance_nonneg CHECK (balance_paise >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE loan (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id         BIGINT       NOT NULL,
    fund_source       VARCHAR(16)  NOT NULL,      -- SHG_OWN, REVOLVING_FUND, CIF, BANK
    principal_paise   BIGINT       NOT NULL,
    charge_method     VARCHAR(10)  NOT NULL,      -- FLAT, DECLINING
    rate_bp           INT          NOT NULL,      -- service charge in basis points (100 = 1%) per rate_period
    rate_period       VARCHAR(6)   NOT NULL,      -- MONTH, YEAR
    frequency         VARCHAR(12)  NOT NULL,      -- WEEKLY, FORTNIGHTLY, MONTHLY
    instalment_count  INT          NOT NULL,
    disbursal_date    DATE         NOT NULL,
    first_due_date    DATE         NOT NULL,
    grace_days        INT          NOT NULL DEFAULT 0,
    status            VARCHAR(8)   NOT NULL,      -- ACTIVE, CLOSED
    idempotency_key   VARCHAR(100) NOT NULL,
    created_at        TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_loan_idempotency UNIQUE (idempotency_key),
    CONSTRAINT fk_loan_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_loan_fund CHECK (fund_source IN ('SHG_OWN', 'REVOLVING_FUND', 'CIF', 'BANK')),
    CONSTRAINT ck_loan_method CHECK (charge_method IN ('FLAT', 'DECLINING')),
    CONSTRAINT ck_loan_period CHECK (rate_period IN ('MONTH', 'YEAR')),
    CONSTRAINT ck_loan_frequency CHECK (frequency IN ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY')),
    CONSTRAINT ck_loan_amounts CHECK (principal_paise > 0 AND rate_bp >= 0 AND instalment_count > 0),
    INDEX ix_loan_member (member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The generated schedule. principal_due/charge_due are fixed at disbursal; the *_paid columns are a
-- cache of SUM(loan_allocation) for the instalment, updated in the same transaction as each repayment.
CREATE TABLE loan_instalment (
    id                  BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    loan_id             BIGINT NOT NULL,
    seq                 INT    NOT NULL,
    due_date            DATE   NOT NULL,
    principal_due_paise BIGINT NOT NULL,
    charge_due_paise    BIGINT NOT NULL,
    principal_paid_paise BIGINT NOT NULL DEFAULT 0,
    charge_paid_paise   BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_loan_instalment_seq UNIQUE (loan_id, seq),
    CONSTRAINT fk_loan_instalment_loan FOREIGN KEY (loan_id) REFERENCES loan (id),
    CONSTRAINT ck_loan_instalment_paid CHECK (principal_paid_paise BETWEEN 0 AND principal_due_paise
                                           AND charge_paid_paise BETWEEN 0 AND charge_due_paise),
    INDEX ix_loan_instalment_due (due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only repayment log; a reversal is a row with a negative amount pointing at the original.
CREATE TABLE loan_repayment (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    loan_id               BIGINT       NOT NULL,
    amount_paise          BIGINT       NOT NULL,
    reverses_repayment_id BIGINT       NULL,
    channel               VARCHAR(10)  NOT NULL,
    actor                 VARCHAR(64)  NOT NULL,
    value_date            DATE         NOT NULL,
    idempotency_key       VARCHAR(100) NOT NULL,
    external_ref          VARCHAR(64)  NULL,
    created_at            TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_loan_repayment_idempotency UNIQUE (idempotency_key),
    CONSTRAINT uq_loan_repayment_reverses UNIQUE (reverses_repayment_id),
    CONSTRAINT fk_loan_repayment_loan FOREIGN KEY (loan_id) REFERENCES loan (id),
    CONSTRAINT fk_loan_repayment_reverses FOREIGN KEY (reverses_repayment_id) REFERENCES loan_repayment (id),
    CONSTRAINT ck_loan_repayment_channel CHECK (channel IN ('USSD', 'SMS', 'IVR', 'BOOKKEEPER', 'API')),
    CONSTRAINT ck_loan_repayment_sign CHECK ((reverses_repayment_id IS NULL AND amount_paise > 0)
                                          OR (reverses_repayment_id IS NOT NULL AND amount_paise < 0)),
    INDEX ix_loan_repayment_loan (loan_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How each repayment was allocated: charge first, then principal, oldest instalment first.
CREATE TABLE loan_allocation (
    id              BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    repayment_id    BIGINT NOT NULL,
    instalment_id   BIGINT NOT NULL,
    charge_paise    BIGINT NOT NULL,
    principal_paise BIGINT NOT NULL,
    CONSTRAINT fk_loan_allocation_repayment FOREIGN KEY (repayment_id) REFERENCES loan_repayment (id),
    CONSTRAINT fk_loan_allocation_instalment FOREIGN KEY (instalment_id) REFERENCES loan_instalment (id),
    INDEX ix_loan_allocation_repayment (repayment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Occurrences generated from the SHG's schedule; date and time are local to the SHG's time zone.
CREATE TABLE meeting (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    shg_id       BIGINT       NOT NULL,
    meeting_date DATE         NOT NULL,
    start_time   TIME         NOT NULL,
    place        VARCHAR(200) NOT NULL,
    status       VARCHAR(10)  NOT NULL,           -- SCHEDULED, HELD, CANCELLED
    CONSTRAINT uq_meeting_shg_date UNIQUE (shg_id, meeting_date),
    CONSTRAINT fk_meeting_shg FOREIGN KEY (shg_id) REFERENCES org_unit (id),
    CONSTRAINT ck_meeting_status CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_attendance (
    meeting_id BIGINT  NOT NULL,
    member_id  BIGINT  NOT NULL,
    present    BOOLEAN NOT NULL,
    PRIMARY KEY (meeting_id, member_id),
    CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_attendance_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
