package org.sakhiline.books.sheets;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.sakhiline.support.problem.NotFoundException;

/**
 * The sheet row as read under its write lock ({@code SELECT … FOR UPDATE}): a locking read always sees the
 * newest committed row, whatever snapshot the caller's transaction already holds, so two confirmations
 * (or a confirmation and an edit) serialise here and the second one sees what the first did.
 */
record LockedSheet(long id, long meetingId, long shgId, SheetStatus status, long version, Long cashCountedPaise) {

    static LockedSheet lock(EntityManager em, long sheetId) {
        List<?> rows = em.createNativeQuery("SELECT id, meeting_id, shg_id, status, version, cash_counted_paise"
                + " FROM meeting_sheet WHERE id = ?1 FOR UPDATE").setParameter(1, sheetId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("meeting sheet", sheetId);
        }
        Object[] r = (Object[]) rows.get(0);
        return new LockedSheet(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                SheetStatus.valueOf((String) r[3]), ((Number) r[4]).longValue(), r[5] == null ? null : ((Number) r[5]).longValue());
    }

    /** A new version of the row: every edit and state change bumps it. */
    void bump(EntityManager em) {
        em.createNativeQuery("UPDATE meeting_sheet SET version = version + 1, updated_at = ?1 WHERE id = ?2")
                .setParameter(1, Instant.now()).setParameter(2, id).executeUpdate();
    }
}
