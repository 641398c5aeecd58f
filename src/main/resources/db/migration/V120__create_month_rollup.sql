-- Monthly roll-up of the books per SHG, for the dashboard's trends: the net savings posted, the loan principal
-- disbursed and the principal repaid, by the month of the entry's value date. Balances at a month's end are the
-- running sums. Rows are folded in from the append-only logs by id (posted rows are never edited, so each log
-- row is counted once); the dashboard adds the rows past the watermarks live, and a nightly rebuild recomputes
-- everything from the ledger (MonthlyRollup).
CREATE TABLE month_rollup (
    shg_id                 BIGINT NOT NULL,
    month                  DATE   NOT NULL,           -- first day of the month
    savings_paise          BIGINT NOT NULL DEFAULT 0, -- SUM(savings_txn.amount_paise): deposits, withdrawals, reversals, opening balances
    disbursed_paise        BIGINT NOT NULL DEFAULT 0, -- SUM(loan.principal_paise) by disbursal date
    principal_repaid_paise BIGINT NOT NULL DEFAULT 0, -- SUM(loan_allocation.principal_paise) by the repayment's value date
    PRIMARY KEY (shg_id, month),
    INDEX ix_month_rollup_month (month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row: how far each log has been folded in. A fold takes the rows up to the highest id it saw on its previous
-- run (a minute ago), so a posting still being committed when an id was handed out is not skipped.
CREATE TABLE month_rollup_state (
    id              TINYINT      NOT NULL PRIMARY KEY,
    savings_txn_id  BIGINT       NOT NULL DEFAULT 0,
    loan_id         BIGINT       NOT NULL DEFAULT 0,
    allocation_id   BIGINT       NOT NULL DEFAULT 0,
    seen_savings_txn_id BIGINT   NOT NULL DEFAULT 0,
    seen_loan_id    BIGINT       NOT NULL DEFAULT 0,
    seen_allocation_id BIGINT    NOT NULL DEFAULT 0,
    folded_at       TIMESTAMP(6) NULL,
    rebuilt_at      TIMESTAMP(6) NULL,
    CONSTRAINT ck_month_rollup_state_one CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO month_rollup_state (id) VALUES (1);
