-- PIN locks escalate (30 min, 4 h, then held until staff release it) and wrong tries have a daily budget
-- across every channel: the counters live beside the PIN on the member and staff rows (books/pins/PinLockout).
ALTER TABLE member
    ADD COLUMN pin_lock_level         INT          NOT NULL DEFAULT 0,
    ADD COLUMN pin_held               BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN pin_wrong_window_start TIMESTAMP(6) NULL,
    ADD COLUMN pin_wrong_in_window    INT          NOT NULL DEFAULT 0;
ALTER TABLE staff
    ADD COLUMN pin_lock_level         INT          NOT NULL DEFAULT 0,
    ADD COLUMN pin_held               BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN pin_wrong_window_start TIMESTAMP(6) NULL,
    ADD COLUMN pin_wrong_in_window    INT          NOT NULL DEFAULT 0;
