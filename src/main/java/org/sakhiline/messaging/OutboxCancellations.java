package org.sakhiline.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Withdraws messages still waiting (PENDING) that must no longer go out: those for a member on a number
 * taken off her record (a recycled SIM: its next owner must not read her receipts), and the reminders of a
 * member who left her group. They become CANCELLED, which the dispatcher never claims and the console never
 * retries. Rows already claimed (SENDING) are in flight and go out; nothing here waits for them.
 *
 * <p>A row is hers when it names her ({@code member_id}) or when its dedupe key does (reminders
 * {@code rem:<kind>:<member>:…} and API calls {@code api-call:<member>:…}, formats that never change).
 */
@ApplicationScoped
public class OutboxCancellations {

    private final EntityManager em;
    Clock clock = Clock.systemUTC();

    public OutboxCancellations(EntityManager em) {
        this.em = em;
    }

    /**
     * Cancels what waits for the member on a number just taken off her record, in the caller's transaction.
     *
     * @param numberStillInUse true when the number still reaches someone else (another member of a shared
     *                         handset, a staff member): then only rows that name her are cancelled; otherwise
     *                         also rows that name nobody (replies to what was texted from that handset)
     * @return rows cancelled
     */
    @Transactional(TxType.MANDATORY)
    public int cancelForRemovedPhone(long memberId, String phoneE164, boolean numberStillInUse) {
        return em.createNativeQuery("UPDATE outbox_message SET status = 'CANCELLED', last_error = ?1, updated_at = ?2"
                        + " WHERE status = 'PENDING' AND recipient = ?3 AND (" + namesMember()
                        + (numberStillInUse ? "" : " OR member_id IS NULL") + ")")
                .setParameter(1, "cancelled: the number was taken off member " + memberId)
                .setParameter(2, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(3, phoneE164)
                .setParameter(4, memberId).setParameter(5, "rem:___:" + memberId + ":%")
                .setParameter(6, "api-call:" + memberId + ":%")
                .executeUpdate();
    }

    /** Cancels the reminders still waiting for a member (she has left her group), in the caller's transaction. */
    @Transactional(TxType.MANDATORY)
    public int cancelRemindersOf(long memberId) {
        return em.createNativeQuery("UPDATE outbox_message SET status = 'CANCELLED', last_error = ?1, updated_at = ?2"
                        + " WHERE status = 'PENDING' AND dedupe_key LIKE ?3")
                .setParameter(1, "cancelled: member " + memberId + " has left her group")
                .setParameter(2, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(3, "rem:___:" + memberId + ":%")
                .executeUpdate();
    }

    private static String namesMember() {
        return "member_id = ?4 OR dedupe_key LIKE ?5 OR dedupe_key LIKE ?6";
    }
}
