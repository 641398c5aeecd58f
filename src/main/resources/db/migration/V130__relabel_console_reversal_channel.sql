-- Savings reversals made on the console's member page before 2026-12-06 were recorded as channel API
-- (SavingsCorrections said API until it said CONSOLE); the console then showed "API console:admin" for
-- something a person did in the console. This relabels those rows' channel column, nothing else.
--
-- Why this is not an edit of a posted amount: the ledger's rule is that amounts, balances, dates, members and
-- what reverses what are never changed once posted. The channel is provenance metadata describing how the
-- request arrived; it enters no sum, no balance and no idempotency key, and the value written is the one
-- the code has written for the same action ever since. amount_paise, balance_after_paise, value_date,
-- reverses_txn_id, actor, idempotency_key and note stay exactly as posted.
--
-- Which rows: only reversals whose form key is the console member page's (raw "console-reversal:<txn>:<uuid>",
-- or namespaced "client:<user>:console-reversal:…"), posted by a console user ("console:<user>"), AND that
-- have the console's own audit entry (savings.reverse on that savings entry; the API's reversal endpoint
-- writes no such entry). Rows posted through the REST API stay API.
-- Safe to run again: a second run finds no row still labelled API, so it changes nothing.
UPDATE savings_txn s
SET s.channel = 'CONSOLE'
WHERE s.channel = 'API'
  AND s.type = 'REVERSAL'
  AND s.actor LIKE 'console:%'
  AND (s.idempotency_key LIKE 'console-reversal:%' OR s.idempotency_key LIKE 'client:%:console-reversal:%')
  AND EXISTS (SELECT 1 FROM audit_event a
              WHERE a.action = 'savings.reverse'
                AND a.entity_type = 'savingsTxn'
                AND a.entity_id = CAST(s.reverses_txn_id AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci);
