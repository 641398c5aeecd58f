-- Bank mitra SMS hardening (issue 15): codes of 6 digits (a YES now also carries her staff PIN), UNDO asked
-- and confirmed like a posting (a PENDING row pointing at the confirmation it reverses), and the counters
-- that lock money commands after a few wrong codes or PINs per mitra and per group and limit messages per
-- sender number. Counters live here, not in memory: several instances answer one mitra.

ALTER TABLE sms_confirmation
    MODIFY code VARCHAR(8) NOT NULL,
    MODIFY pending_code VARCHAR(8) AS (IF(status = 'PENDING', code, NULL)) PERSISTENT,
    ADD COLUMN undo_of_id BIGINT NULL AFTER loan_id, -- an UNDO request: the confirmation whose posting it reverses
    ADD CONSTRAINT fk_sms_confirmation_undo_of FOREIGN KEY (undo_of_id) REFERENCES sms_confirmation (id);

CREATE TABLE sms_limit (
    limit_key     VARCHAR(48)  NOT NULL PRIMARY KEY, -- STAFF:<staff id>, GROUP:<SHG org unit id>, SENDER:<E.164 number>
    events        INT          NOT NULL,   -- wrong codes/PINs (STAFF, GROUP) or messages (SENDER) in the current window
    window_start  TIMESTAMP(6) NULL,       -- NULL: nothing counted yet
    locked_until  TIMESTAMP(6) NULL        -- STAFF/GROUP: money commands refused until then
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
