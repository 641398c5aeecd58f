-- Menu sessions move from Aria to InnoDB: Galera replicates InnoDB only (under wsrep_mode=STRICT_REPLICATION it
-- refuses anything else), and a hop answered by another instance on another node must find the session there.
-- The table is rebuilt in place with its rows (a populated table converts; sessions keep going after the deploy).
--
-- The per-hop cost stays one primary-key read and one single-row write:
--  * no secondary index changes on a hop: the expiry index (expires_at moves on every hop, so every hop rewrote
--    an index entry) is replaced by one on created_at, which a hop leaves alone; the purge finds old sessions by
--    it (a session expires after it was created, so "expired before the cut-off" implies "created before it");
--  * the row stays small: the engine state, the pages of a long screen, and now the last answer (a USSD screen,
--    at most a few hundred bytes) with the mark of the hop it answered, so a gateway that repeats a hop gets the
--    same screen from whichever instance it reaches, without anything being done twice.
ALTER TABLE menu_session
    ENGINE = InnoDB,
    TRANSACTIONAL = DEFAULT,
    ROW_FORMAT = DYNAMIC,
    DROP INDEX ix_menu_session_expires,
    ADD INDEX ix_menu_session_created (created_at),
    ADD COLUMN answered_mark VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER hops,
    ADD COLUMN answer        VARCHAR(700) NULL AFTER answered_mark;
