package org.sakhiline.admin.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages for the dashboard: those that failed lately (an attention item per kind of failure, drilling into the
 * outbox filtered by that status) and delivered against failed per week. A STAFF user counts the messages to
 * members of her groups (the row's member, else a member's phone); an administrator counts every message.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MessageFigures implements AttentionSource {

    /** Outbox statuses that mean "did not reach her", with the outbox filter each drills into. */
    private static final List<String[]> FAILURES = List.of(
            new String[] {"FAILED", "failed"}, new String[] {"UNDELIVERED", "undelivered"}, new String[] {"DEAD", "dead"});

    private final EntityManager em;
    private final DashboardConfig config;

    public MessageFigures(EntityManager em, DashboardConfig config) {
        this.em = em;
        this.config = config;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<AttentionItem> items(DashboardScope scope) {
        Instant since = scope.now().minus(java.time.Duration.ofDays(config.failedMessageDays()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("SELECT o.status, COUNT(*) FROM outbox_message o"
                + " WHERE o.status IN ('FAILED', 'UNDELIVERED', 'DEAD') AND o.updated_at >= :since" + filter(scope)
                + " GROUP BY o.status"), scope).setParameter("since", since).getResultList();
        List<AttentionItem> out = new ArrayList<>();
        BookPageMessages m = BookTexts.m();
        int days = config.failedMessageDays();
        for (String[] kind : FAILURES) {
            long n = rows.stream().filter(r -> kind[0].equals(r[0])).mapToLong(r -> ((Number) r[1]).longValue()).sum();
            if (n > 0) {
                String text = switch (kind[0]) {
                    case "FAILED" -> m.dash_messages_failed(n, days);
                    case "UNDELIVERED" -> m.dash_messages_undelivered(n, days);
                    default -> m.dash_messages_dead(n, days);
                };
                out.add(new AttentionItem("messages-" + kind[1], text, null, "/admin/outbox?status=" + kind[1], m.dash_see_messages()));
            }
        }
        return out;
    }

    @Override
    public String what() {
        return BookTexts.m().dash_what_messages();
    }

    /** Messages on this channel still waiting to be sent (PENDING), in the reader's part of the federation. */
    public long waiting(DashboardScope scope, org.sakhiline.messaging.OutboxChannel channel) {
        return ((Number) bind(em.createNativeQuery("SELECT COUNT(*) FROM outbox_message o WHERE o.status = 'PENDING'"
                + " AND o.channel = :channel" + filter(scope)), scope).setParameter("channel", channel.name()).getSingleResult())
                .longValue();
    }

    /** Per week (Monday to Sunday in the reader's zone), oldest first, ending with this week. */
    public record Week(LocalDate monday, long delivered, long failed) {}

    public List<Week> weekly(DashboardScope scope, int weeks) {
        LocalDate thisMonday = scope.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisMonday.minusWeeks(weeks - 1L);
        Instant since = first.atStartOfDay(scope.zone()).toInstant();
        // Bucketed in SQL by whole weeks since the first Monday (bound like every instant the app writes, in UTC).
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("SELECT FLOOR(TIMESTAMPDIFF(MINUTE, :since, o.created_at) / 10080) AS w,"
                + " SUM(o.status = 'DELIVERED'), SUM(o.status IN ('FAILED', 'UNDELIVERED', 'DEAD'))"
                + " FROM outbox_message o WHERE o.created_at >= :since" + filter(scope) + " GROUP BY w"), scope)
                .setParameter("since", since).getResultList();
        long[][] counts = new long[weeks][2];
        for (Object[] r : rows) {
            int w = ((Number) r[0]).intValue();
            if (w >= 0 && w < weeks) {
                counts[w][0] += ((Number) r[1]).longValue();
                counts[w][1] += ((Number) r[2]).longValue();
            }
        }
        List<Week> out = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            out.add(new Week(first.plusWeeks(w), counts[w][0], counts[w][1]));
        }
        return out;
    }

    private static String filter(DashboardScope scope) {
        // The row's member when the outbox recorded her; older rows (and some writers) name only the phone.
        return scope.everything() ? "" : " AND (o.member_id IN (SELECT mm.id FROM member mm WHERE mm.shg_id IN (:units))"
                + " OR (o.member_id IS NULL AND o.recipient IN (SELECT p.phone_e164 FROM member_phone p"
                + " JOIN member mp ON mp.id = p.member_id WHERE mp.shg_id IN (:units))))";
    }

    private static Query bind(Query q, DashboardScope scope) {
        return scope.everything() ? q : q.setParameter("units", scope.unitsOrNone());
    }
}
