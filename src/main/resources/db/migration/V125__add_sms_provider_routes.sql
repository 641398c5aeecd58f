-- Which SMS gateway carried (or will carry) each outbox row: chosen at enqueue from the member's org unit
-- override, else the recipient's country (sakhiline.sms-routes.*). NULL on rows written before routing.
ALTER TABLE outbox_message ADD COLUMN provider VARCHAR(16) NULL;

-- An org unit (and everything under it, unless a lower unit says otherwise) may send its members' SMS
-- through a named gateway instead of the country's (e.g. a pilot block on a second aggregator).
ALTER TABLE org_unit ADD COLUMN sms_provider VARCHAR(16) NULL;
