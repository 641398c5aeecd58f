-- One-time codes sent by SMS so a caller on voice (caller ID can be forged) can prove she holds her phone
-- before she sets a first PIN. One row per member: at most one live code, kept only as a peppered hash,
-- with its tries and the member's sends in the current 24-hour window (books/pins/OneTimeCodeRule).
CREATE TABLE member_pin_code (
    member_id          BIGINT       NOT NULL PRIMARY KEY,
    code_hash          VARCHAR(100) NULL,
    expires_at         TIMESTAMP(6) NULL,
    failed_attempts    INT          NOT NULL DEFAULT 0,
    send_window_start  TIMESTAMP(6) NULL,
    sends_in_window    INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_member_pin_code_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
