-- Reminder rules: what to remind (meeting, instalment due, loan overdue), when, by which channel, and
-- the hours a message may go out. A rule on a federation or VO covers its whole subtree; the most
-- specific active rule (SHG over VO over federation) wins per kind. Times are local to each SHG.
CREATE TABLE reminder_rule (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    org_unit_id       BIGINT       NOT NULL,
    kind              VARCHAR(16)  NOT NULL,          -- MEETING, INSTALMENT_DUE, LOAN_OVERDUE
    days_offset       INT          NOT NULL,          -- MEETING/INSTALMENT_DUE: days before; LOAN_OVERDUE: days after due + grace
    send_at           TIME         NOT NULL,          -- local time of day the reminder is meant for
    repeat_every_days INT          NULL,              -- LOAN_OVERDUE: days between repeats
    max_sends         INT          NOT NULL DEFAULT 1,-- LOAN_OVERDUE: reminders per overdue instalment (1 elsewhere)
    channel           VARCHAR(5)   NOT NULL,          -- SMS, VOICE, BOTH
    window_start      TIME         NOT NULL DEFAULT '08:00:00', -- messages go out only in [start, end) local;
    window_end        TIME         NOT NULL DEFAULT '20:00:00', -- outside it (quiet hours) they move to the next start
    active            BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at        TIMESTAMP(6) NOT NULL,
    updated_at        TIMESTAMP(6) NOT NULL,
    -- One active rule per unit and kind; inactive rules stay as history (NULLs never collide).
    active_kind       VARCHAR(16)  AS (IF(active, kind, NULL)) PERSISTENT,
    CONSTRAINT uq_reminder_rule_active UNIQUE (org_unit_id, active_kind),
    CONSTRAINT fk_reminder_rule_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_reminder_rule_kind CHECK (kind IN ('MEETING', 'INSTALMENT_DUE', 'LOAN_OVERDUE')),
    CONSTRAINT ck_reminder_rule_channel CHECK (channel IN ('SMS', 'VOICE', 'BOTH')),
    CONSTRAINT ck_reminder_rule_offset CHECK (days_offset BETWEEN 0 AND 60),
    CONSTRAINT ck_reminder_rule_repeats CHECK (max_sends BETWEEN 1 AND 10
                                            AND (max_sends = 1 OR repeat_every_days BETWEEN 1 AND 60)),
    CONSTRAINT ck_reminder_rule_window CHECK (window_start < window_end)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A member's own choice of reminder channel; no row means "as the rule says". NONE stops reminders
-- like member.reminders_opt_out (which SMS STOP/START sets) but is chosen per channel in a menu or by staff.
CREATE TABLE member_reminder_channel (
    member_id  BIGINT       NOT NULL PRIMARY KEY,
    channel    VARCHAR(5)   NOT NULL,                 -- SMS, VOICE, BOTH, NONE
    updated_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_member_reminder_channel_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_member_reminder_channel CHECK (channel IN ('SMS', 'VOICE', 'BOTH', 'NONE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How far the scheduled planner has covered: the next run plans send times after planned_until, so
-- runs do not redo each other's work. Correctness does not depend on it (outbox dedupe keys do that).
CREATE TABLE reminder_planner_state (
    id             TINYINT      NOT NULL PRIMARY KEY,
    planned_until  TIMESTAMP(6) NULL,
    last_run_at    TIMESTAMP(6) NULL,
    last_run_count INT          NULL,
    CONSTRAINT ck_reminder_planner_state_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO reminder_planner_state (id) VALUES (1);

