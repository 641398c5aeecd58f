-- The console lists the outbox newest first within one status (e.g. FAILED); without this index that
-- sorts every row of the status (millions of DELIVERED ones after a few months).
CREATE INDEX ix_outbox_status_id ON outbox_message (status, id);
