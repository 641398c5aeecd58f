package org.sakhiline.books.sheets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.sakhiline.audit.AuditEntry;
import org.sakhiline.audit.AuditLog;
import org.sakhiline.books.posting.Channel;

/** A sheet's history: every state change is one {@code meeting_sheet_event} row and one audit row. */
@ApplicationScoped
public class SheetHistory {

    public static final String OPENED = "OPENED";
    public static final String SAVED = "SAVED";
    public static final String SUBMITTED = "SUBMITTED";
    public static final String CONFIRMED = "CONFIRMED";
    public static final String REJECTED = "REJECTED";
    public static final String CORRECTED = "CORRECTED";
    public static final String FLAGGED = "FLAGGED";

    private final EntityManager em;
    private final AuditLog audit;

    public SheetHistory(EntityManager em, AuditLog audit) {
        this.em = em;
        this.audit = audit;
    }

    void record(LockedSheet sheet, String event, SheetActor actor, Long memberId, String note) {
        record(sheet.id(), sheet.shgId(), event, actor.actor(), actor.channel(), memberId, note);
    }

    void record(long sheetId, long shgId, String event, String actor, Channel channel, Long memberId, String note) {
        String shortNote = note == null || note.length() <= 500 ? note : note.substring(0, 500);
        em.createNativeQuery("INSERT INTO meeting_sheet_event (sheet_id, event, actor, channel, member_id, at, note)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, sheetId).setParameter(2, event).setParameter(3, actor).setParameter(4, channel.name())
                .setParameter(5, memberId).setParameter(6, Instant.now()).setParameter(7, shortNote).executeUpdate();
        String summary = "meeting sheet " + sheetId + " " + event.toLowerCase() + " by " + actor + " (" + channel + ")"
                + (memberId == null ? "" : " for member " + memberId) + (shortNote == null ? "" : ": " + shortNote);
        audit.recordAs(actor, AuditEntry.of("sheet." + event.toLowerCase(), "meeting_sheet", sheetId, shgId, summary,
                null, null));
    }

    List<SheetEvent> of(long sheetId) {
        List<?> rows = em.createNativeQuery("SELECT event, actor, channel, at, note FROM meeting_sheet_event"
                + " WHERE sheet_id = ?1 ORDER BY id").setParameter(1, sheetId).getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> new SheetEvent((String) r[0], (String) r[1],
                Channel.valueOf((String) r[2]), SqlValues.instant(r[3]), (String) r[4])).toList();
    }
}
