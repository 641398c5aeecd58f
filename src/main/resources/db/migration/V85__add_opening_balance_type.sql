-- A passbook balance carried over by an import is its own kind of ledger row (not a deposit made that day):
-- one OPENING_BALANCE per member and as-of date, positive, never a reversal. A correction is a REVERSAL of it.
ALTER TABLE savings_txn MODIFY type VARCHAR(16) NOT NULL;
ALTER TABLE savings_txn DROP CONSTRAINT ck_savings_txn_type;
ALTER TABLE savings_txn ADD CONSTRAINT ck_savings_txn_type
    CHECK (type IN ('DEPOSIT', 'WITHDRAWAL', 'REVERSAL', 'OPENING_BALANCE'));
ALTER TABLE savings_txn DROP CONSTRAINT ck_savings_txn_sign;
ALTER TABLE savings_txn ADD CONSTRAINT ck_savings_txn_sign CHECK ((type = 'DEPOSIT' AND amount_paise > 0)
                                   OR (type = 'WITHDRAWAL' AND amount_paise < 0)
                                   OR (type = 'OPENING_BALANCE' AND amount_paise > 0 AND reverses_txn_id IS NULL)
                                   OR (type = 'REVERSAL' AND amount_paise <> 0 AND reverses_txn_id IS NOT NULL));
