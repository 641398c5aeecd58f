-- Report roll-ups: per group and month (and per group and day for portfolio at risk), computed from the
-- ledger by the same code that computes a report live, so a roll-up row always equals a recomputation
-- (GET /api/v1/reports/consistency compares them). Rebuilt nightly; groups whose books changed since are
-- recomputed every minute and, until then, read live. Nothing here is a book of record.

-- DCB of one month for one group and fund source (definitions in the README, "Reports").
CREATE TABLE report_loan_month (
    month                   DATE        NOT NULL,   -- first day of the month
    shg_id                  BIGINT      NOT NULL,
    fund_source             VARCHAR(16) NOT NULL,
    arrears_start_paise     BIGINT      NOT NULL,
    due_in_period_paise     BIGINT      NOT NULL,
    paid_ahead_before_paise BIGINT      NOT NULL,
    collected_against_paise BIGINT      NOT NULL,
    collected_advance_paise BIGINT      NOT NULL,
    overdue_end_paise       BIGINT      NOT NULL,
    PRIMARY KEY (month, shg_id, fund_source),
    INDEX ix_report_loan_month_shg (shg_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Portfolio at risk of one group and fund source on a day: every month's last day, and today.
CREATE TABLE report_par_day (
    as_of              DATE        NOT NULL,
    shg_id             BIGINT      NOT NULL,
    fund_source        VARCHAR(16) NOT NULL,
    outstanding_paise  BIGINT      NOT NULL,
    par30_paise        BIGINT      NOT NULL,
    par60_paise        BIGINT      NOT NULL,
    par90_paise        BIGINT      NOT NULL,
    overdue_paise      BIGINT      NOT NULL,
    loans              INT         NOT NULL,
    loans_at_risk30    INT         NOT NULL,
    PRIMARY KEY (as_of, shg_id, fund_source),
    INDEX ix_report_par_day_shg (shg_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Members, meetings, attendance and savings of one group in one month.
CREATE TABLE report_group_month (
    month              DATE   NOT NULL,
    shg_id             BIGINT NOT NULL,
    members_end        INT    NOT NULL,   -- joined by the last day, not exited by it
    members_start      INT    NOT NULL,   -- joined before the first day, not exited before it
    drop_outs          INT    NOT NULL,   -- exited in the month
    meetings_held      INT    NOT NULL,
    meetings_cancelled INT    NOT NULL,
    present            INT    NOT NULL,
    expected           INT    NOT NULL,
    savings_end_paise  BIGINT NOT NULL,   -- savings balance on the last day, by value date
    PRIMARY KEY (month, shg_id),
    INDEX ix_report_group_month_shg (shg_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How far the roll-ups reach. Groups with a repayment, instalment or savings entry above the *_safe ids
-- are read live from the ledger (the ids of the previous refresh: a posting still in flight then has
-- committed by the next one).
CREATE TABLE report_rollup_state (
    name                     VARCHAR(32)  NOT NULL PRIMARY KEY,
    first_month              DATE         NULL,
    last_month               DATE         NULL,
    par_as_of                DATE         NULL,     -- the latest day with PAR rows for every group
    repayment_id_safe        BIGINT       NOT NULL DEFAULT 0,
    instalment_id_safe       BIGINT       NOT NULL DEFAULT 0,
    savings_txn_id_safe      BIGINT       NOT NULL DEFAULT 0,
    repayment_id_seen        BIGINT       NOT NULL DEFAULT 0,
    instalment_id_seen       BIGINT       NOT NULL DEFAULT 0,
    savings_txn_id_seen      BIGINT       NOT NULL DEFAULT 0,
    rebuilt_at               TIMESTAMP(6) NULL,
    refreshed_at             TIMESTAMP(6) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO report_rollup_state (name) VALUES ('reports');

-- Scheduled report jobs run once across instances: a job holds its row's lease (a row, not GET_LOCK, which
-- is node-local on Galera). Taking it is one UPDATE that only succeeds when the lease has run out.
CREATE TABLE report_job_lease (
    name        VARCHAR(40)  NOT NULL PRIMARY KEY,
    holder      VARCHAR(100) NULL,
    lease_until TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO report_job_lease (name, holder, lease_until) VALUES
    ('report-rollup', NULL, '2000-01-01 00:00:00'),
    ('grading', NULL, '2000-01-01 00:00:00');
