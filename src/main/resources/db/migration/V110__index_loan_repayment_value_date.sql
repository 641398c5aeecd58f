-- Reports find the repayments of a month, and those value-dated after a report's date, by value date
-- (DCB collections, PAR and DCB on a past date: unpaid then = unpaid now + allocated since).
CREATE INDEX ix_loan_repayment_value_date ON loan_repayment (value_date, id);
