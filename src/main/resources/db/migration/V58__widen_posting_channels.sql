-- Console forms, spreadsheet imports and confirmed meeting sheets post money too; the ledger names each.
ALTER TABLE savings_txn DROP CONSTRAINT ck_savings_txn_channel;
ALTER TABLE savings_txn ADD CONSTRAINT ck_savings_txn_channel
    CHECK (channel IN ('USSD', 'SMS', 'IVR', 'BOOKKEEPER', 'API', 'CONSOLE', 'IMPORT', 'MEETING'));
ALTER TABLE loan_repayment DROP CONSTRAINT ck_loan_repayment_channel;
ALTER TABLE loan_repayment ADD CONSTRAINT ck_loan_repayment_channel
    CHECK (channel IN ('USSD', 'SMS', 'IVR', 'BOOKKEEPER', 'API', 'CONSOLE', 'IMPORT', 'MEETING'));
