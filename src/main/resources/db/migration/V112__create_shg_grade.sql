-- Panchasutra grade history: every grading of a group, with its five scores and the reasons behind them.
-- shg_profile.grade keeps the latest grade; this table says how it was reached and how it changed.
CREATE TABLE shg_grade (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    shg_id                BIGINT       NOT NULL,
    as_of                 DATE         NOT NULL,
    grade                 CHAR(1)      NOT NULL,
    total_score           INT          NOT NULL,
    meetings_considered   INT          NOT NULL,
    meetings_score        INT          NOT NULL,
    savings_score         INT          NOT NULL,
    inter_loaning_score   INT          NOT NULL,
    repayment_score       INT          NOT NULL,
    books_score           INT          NOT NULL,
    reasons               TEXT         NOT NULL,   -- one line per sutra, in Sutra order
    computed_by           VARCHAR(80)  NOT NULL,   -- system:grading, console:<username>
    computed_at           TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_shg_grade_unit FOREIGN KEY (shg_id) REFERENCES org_unit (id),
    CONSTRAINT ck_shg_grade_grade CHECK (grade IN ('A', 'B', 'C')),
    INDEX ix_shg_grade_shg (shg_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
