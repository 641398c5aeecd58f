-- The outbox heartbeat extends the leases of the claims an instance still works on, every few seconds,
-- by lease owner; without this index each extension would scan the SENDING rows of every instance.
CREATE INDEX ix_outbox_lease_owner ON outbox_message (lease_owner);
