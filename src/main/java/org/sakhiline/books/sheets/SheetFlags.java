package org.sakhiline.books.sheets;

import static org.sakhiline.books.sheets.SqlValues.num;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sakhiline.books.posting.Channel;

/**
 * A member's WRONG reply to her receipt: it flags her latest sheet confirmed in the last
 * {@code sakhiline.sheets.wrong-days} days for the federation staff, and changes no money. The inbound
 * message id is unique among flags, so a redelivered webhook flags once (and answers the same).
 */
@ApplicationScoped
public class SheetFlags {

    private static final int MAX_TEXT = 500;

    private final EntityManager em;
    private final SheetsConfig config;
    private final SheetHistory history;

    public SheetFlags(EntityManager em, SheetsConfig config, SheetHistory history) {
        this.em = em;
        this.config = config;
        this.history = history;
    }

    Optional<SheetFlag> flagWrong(long memberId, String inboundRef, String text, Instant at) {
        if (inboundRef == null || inboundRef.isBlank() || inboundRef.length() > 64) {
            throw new IllegalArgumentException("an inbound message id of 1..64 characters");
        }
        Optional<SheetFlag> replay = byRef(inboundRef);
        if (replay.isPresent()) {
            return replay;
        }
        List<?> sheets = em.createNativeQuery("SELECT s.id, s.shg_id FROM meeting_sheet s JOIN meeting_sheet_line l"
                        + " ON l.sheet_id = s.id AND l.member_id = ?1 WHERE s.status = 'CONFIRMED' AND s.confirmed_at >= ?2"
                        + " ORDER BY s.confirmed_at DESC, s.id DESC")
                .setParameter(1, memberId).setParameter(2, at.minus(Duration.ofDays(config.wrongDays())))
                .setMaxResults(1).getResultList();
        if (sheets.isEmpty()) {
            return Optional.empty();
        }
        Object[] s = (Object[]) sheets.get(0);
        long sheetId = num(s[0]);
        String clipped = text == null ? null : text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
        // LAST_INSERT_ID(0) on a duplicate message id: the same message again (a racing redelivery) flags once.
        em.createNativeQuery("INSERT INTO meeting_sheet_flag (sheet_id, member_id, inbound_ref, text, at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5) ON DUPLICATE KEY UPDATE id = id + LAST_INSERT_ID(0)")
                .setParameter(1, sheetId).setParameter(2, memberId).setParameter(3, inboundRef).setParameter(4, clipped)
                .setParameter(5, at).executeUpdate();
        if (num(em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()) != 0) {
            history.record(sheetId, num(s[1]), SheetHistory.FLAGGED, "member:" + memberId, Channel.SMS, memberId, clipped);
        }
        return byRef(inboundRef);
    }

    List<SheetFlag> of(long sheetId) {
        return flags("f.sheet_id = ?1 ORDER BY f.id", sheetId);
    }

    private Optional<SheetFlag> byRef(String inboundRef) {
        return flags("f.inbound_ref = ?1", inboundRef).stream().findFirst();
    }

    private List<SheetFlag> flags(String where, Object value) {
        List<?> rows = em.createNativeQuery("SELECT f.id, f.sheet_id, f.member_id, m.name, f.at, f.text, f.resolved_at"
                + " FROM meeting_sheet_flag f JOIN member m ON m.id = f.member_id WHERE " + where)
                .setParameter(1, value).getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> new SheetFlag(num(r[0]), num(r[1]), num(r[2]), (String) r[3],
                SqlValues.instant(r[4]), (String) r[5], r[6] != null)).toList();
    }
}
