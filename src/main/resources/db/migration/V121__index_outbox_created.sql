-- The dashboard counts messages delivered and failed by the week they were written: a range on created_at.
CREATE INDEX ix_outbox_created ON outbox_message (created_at, status);
