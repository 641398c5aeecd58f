-- A running loan carried over from a federation's sheet. The loan row holds what is left to pay (outstanding
-- principal over the instalments still to come, scheduled from the sheet's as-of date); this row keeps the
-- sheet's own values under its loan reference, so a re-import finds the loan and knows whether it changed.
CREATE TABLE loan_import (
    loan_id                  BIGINT      NOT NULL PRIMARY KEY,
    loan_ref                 VARCHAR(40) NOT NULL,
    member_id                BIGINT      NOT NULL,
    principal_paise          BIGINT      NOT NULL,
    instalment_count         INT         NOT NULL,
    outstanding_paise        BIGINT      NOT NULL,
    as_of                    DATE        NOT NULL,
    CONSTRAINT uq_loan_import_ref UNIQUE (loan_ref),
    CONSTRAINT fk_loan_import_loan FOREIGN KEY (loan_id) REFERENCES loan (id),
    CONSTRAINT fk_loan_import_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- One row per import run (API or console): who, which file, how far it got and what it did. The console
-- polls it to show progress; problems (capped) are kept as JSON so the page can list them after the run.
CREATE TABLE import_job (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind           VARCHAR(20)  NOT NULL,
    file_name      VARCHAR(200) NULL,
    actor          VARCHAR(64)  NOT NULL,
    dry_run        BOOLEAN      NOT NULL,
    status         VARCHAR(12)  NOT NULL,            -- CHECKING, WRITING, DONE, REFUSED, FAILED
    rows_seen      INT          NOT NULL DEFAULT 0,
    rows_written   INT          NOT NULL DEFAULT 0,
    created_count  INT          NOT NULL DEFAULT 0,
    updated_count  INT          NOT NULL DEFAULT 0,
    unchanged_count INT         NOT NULL DEFAULT 0,
    problem_count  INT          NOT NULL DEFAULT 0,
    problems_json  LONGTEXT     NULL,
    started_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    finished_at    TIMESTAMP(6) NULL,
    CONSTRAINT ck_import_job_status CHECK (status IN ('CHECKING', 'WRITING', 'DONE', 'REFUSED', 'FAILED')),
    INDEX ix_import_job_started (started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
