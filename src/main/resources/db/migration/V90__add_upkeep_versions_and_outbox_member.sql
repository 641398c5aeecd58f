-- Keeping the books current (issue 13). Each record a console user or API client edits carries a version:
-- an edit names the version it was made from, and a save over a newer one is refused (409), never merged
-- silently. Only those edits bump it; PIN tries and language choices made on the phone do not.
ALTER TABLE member ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE member ADD COLUMN exited_on DATE NULL;
ALTER TABLE org_unit ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- Messages follow the member, not the number: a row addressed to a member names her, so taking a recycled
-- number off her record can cancel what is still waiting for her on it (CANCELLED: never sent, never retried).
ALTER TABLE outbox_message ADD COLUMN member_id BIGINT NULL;
ALTER TABLE outbox_message DROP CONSTRAINT ck_outbox_status;
ALTER TABLE outbox_message ADD CONSTRAINT ck_outbox_status
    CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'DELIVERED', 'UNDELIVERED', 'FAILED', 'DEAD', 'CANCELLED'));

-- A phone taken off a member ends the sessions open on it (WithdrawnPhoneSessions): found by phone, not by a scan.
CREATE INDEX ix_menu_session_phone ON menu_session (phone_e164);
