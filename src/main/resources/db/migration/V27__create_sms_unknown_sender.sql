-- Phones that texted us without being registered: at most one reply per phone per interval
-- (sakhiline.sms.unknown-reply-interval), so a loop with another robot cannot become a reply storm.

CREATE TABLE sms_unknown_sender (
    phone          VARCHAR(32)  NOT NULL PRIMARY KEY,
    messages       INT          NOT NULL,
    first_seen_at  TIMESTAMP(6) NOT NULL,
    last_reply_at  TIMESTAMP(6) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
