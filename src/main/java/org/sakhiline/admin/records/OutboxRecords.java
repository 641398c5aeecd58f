package org.sakhiline.admin.records;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sakhiline.access.AccessScope;
import org.sakhiline.admin.web.ConsoleWords;
import org.sakhiline.audit.AuditEntry;
import org.sakhiline.audit.AuditLog;
import org.sakhiline.channel.sms.SmsDltCheck;
import org.sakhiline.books.org.OrgUnit;
import org.sakhiline.messaging.Outbox;
import org.sakhiline.messaging.OutboxMessage;
import org.sakhiline.messaging.OutboxStatus;
import org.sakhiline.messaging.ProviderReadiness;
import org.sakhiline.support.PhoneMask;
import org.sakhiline.support.problem.BusinessRuleException;

/**
 * The outbox as staff see it. A message belongs to the part of the tree of whoever it goes to: the
 * groups of the members reached on its phone, or the unit of the staff member using it. Rows to any
 * other number (none today) are seen by administrators only.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class OutboxRecords {

    static final int PAGE_SIZE = 50;
    static final int PREVIEW = 80;

    /** The one-time PIN code SMS ({@code menus/sms}, key {@code pin_code}): its code is never shown. */
    private static final String SECRET_TEMPLATE = "pin_code";
    private static final List<OutboxStatus> RETRYABLE = List.of(OutboxStatus.FAILED, OutboxStatus.DEAD);
    /**
     * JPQL: the message's phone belongs to a member of, or a staff member acting for, one of :units — and
     * to nobody outside them. Phones are not unique, so "some holder is mine" would let a staff member read
     * another federation's messages by entering that number on a member of her own group.
     */
    private static final String IN_SCOPE = " and (exists (select 1 from MemberPhone p, Member m where m.id = p.memberId"
            + " and p.phoneE164 = o.recipient and m.shgId in :units)"
            + " or exists (select 1 from Staff s where s.phoneE164 = o.recipient and s.orgUnitId in :units))"
            + " and not exists (select 1 from MemberPhone p2, Member m2 where m2.id = p2.memberId"
            + " and p2.phoneE164 = o.recipient and m2.shgId not in :units)"
            + " and not exists (select 1 from Staff s2 where s2.phoneE164 = o.recipient and s2.orgUnitId not in :units)";

    private final SmsDltCheck dlt;
    private final AccessScope scope;
    private final Outbox outbox;
    private final AuditLog audit;
    private final EntityManager em;
    private final ProviderReadiness readiness;
    private final ConsoleWords words;

    public OutboxRecords(AccessScope scope, Outbox outbox, AuditLog audit, EntityManager em, SmsDltCheck dlt,
                         ProviderReadiness readiness, ConsoleWords words) {
        this.readiness = readiness;
        this.words = words;
        this.dlt = dlt;
        this.scope = scope;
        this.outbox = outbox;
        this.audit = audit;
        this.em = em;
    }

    /**
     * Newest first, filtered by status, channel, group (that unit and below) and local days; the counts per
     * status answer the other filters, so "12 waiting" means waiting among what the reader narrowed to.
     */
    public OutboxPage list(OutboxFilter filter, int page) {
        List<Long> units = scope.subtreeUnitIds();
        ZoneId zone = readerZone();
        Where where = where(filter, units, zone);
        Where withStatus = filter.status() == null ? where : where.and("o.status = ?", filter.status().name());

        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (Object[] r : rows(withParams(em.createNativeQuery("SELECT o.status, COUNT(*) FROM outbox_message o"
                + where.sql() + " GROUP BY o.status"), where.params()))) {
            byStatus.put((String) r[0], ((Number) r[1]).longValue());
        }
        long all = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long total = filter.status() == null ? all : byStatus.getOrDefault(filter.status().name(), 0L);
        List<OutboxPage.StatusCount> counts = Arrays.stream(OutboxStatus.values())
                .map(s -> new OutboxPage.StatusCount(s.name(), byStatus.getOrDefault(s.name(), 0L),
                        filter.withStatus(s).url(), s == filter.status())).toList();

        List<OutboxPage.Row> rows = rows(withParams(em.createNativeQuery(ROW_SELECT + withStatus.sql()
                + " ORDER BY o.id DESC LIMIT " + PAGE_SIZE + " OFFSET " + (long) page * PAGE_SIZE), withStatus.params()))
                .stream().map(this::row).toList();
        return new OutboxPage(filter, counts, all, filter.withStatus(null).url(), rows,
                Paging.of("/admin/outbox", filter.params(), page, PAGE_SIZE, total),
                Paging.url("/admin/outbox", filter.params(), page), dlt.warnings(), readiness.smsProviderConfigured(),
                readiness.callProviderConfigured(), ConsoleWords.zoneName(zone));
    }

    /** The zone the reader's day boundaries are taken in: her part of the federation's, else India's. */
    private ZoneId readerZone() {
        return words.zoneOf(scope.scopeRoot());
    }

    /** A row, its member (or the staff member on that phone) and the group she belongs to, with its zone. */
    private static final String ROW_SELECT = """
            SELECT o.id, o.channel, o.recipient, o.status, o.attempts, o.created_at, o.sent_at, o.template_key, o.body,
                   o.last_error, o.provider, m.id, COALESCE(m.name, st.name), g.id, g.code, g.name
            FROM outbox_message o
            LEFT JOIN member m ON m.id = COALESCE(o.member_id, (SELECT MIN(mp.member_id) FROM member_phone mp
                                                                WHERE mp.phone_e164 = o.recipient))
            LEFT JOIN staff st ON m.id IS NULL AND st.phone_e164 = o.recipient
            LEFT JOIN org_unit g ON g.id = COALESCE(m.shg_id, st.org_unit_id)""";

    /** SQL text and its positional values, in order. */
    private record Where(String sql, List<Object> params) {
        Where and(String clause, Object... values) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(List.of(values));
            return new Where(sql + " AND " + clause, all);
        }
    }

    private Where where(OutboxFilter f, List<Long> units, ZoneId zone) {
        Where w = new Where(" WHERE 1 = 1", List.of());
        if (units != null) {
            w = w.and(NATIVE_IN_SCOPE.replace(":units", "?"), units, units, units, units);
        }
        if (f.channel() != null) {
            w = w.and("o.channel = ?", f.channel().name());
        }
        if (f.from() != null) {
            w = w.and("o.created_at >= ?", utc(f.from().atStartOfDay(zone)));
        }
        if (f.to() != null) {
            w = w.and("o.created_at < ?", utc(f.to().plusDays(1).atStartOfDay(zone)));
        }
        if (f.group() != null) {
            OrgUnit unit = OrgUnit.findByCode(f.group()).orElse(null);
            if (unit == null) {
                return w.and("1 = 0");   // no such group: nothing to show (the page says which code)
            }
            scope.requireUnit(unit.id);
            List<Long> below = subtreeOf(unit.id);
            w = w.and("(EXISTS (SELECT 1 FROM member_phone p JOIN member gm ON gm.id = p.member_id"
                    + " WHERE p.phone_e164 = o.recipient AND gm.shg_id IN (?))"
                    + " OR EXISTS (SELECT 1 FROM member om WHERE om.id = o.member_id AND om.shg_id IN (?))"
                    + " OR EXISTS (SELECT 1 FROM staff gs WHERE gs.phone_e164 = o.recipient AND gs.org_unit_id IN (?)))",
                    below, below, below);
        }
        return w;
    }

    /** {@link #IN_SCOPE} in SQL. */
    private static final String NATIVE_IN_SCOPE = "(EXISTS (SELECT 1 FROM member_phone p JOIN member sm ON sm.id = p.member_id"
            + " WHERE p.phone_e164 = o.recipient AND sm.shg_id IN (:units))"
            + " OR EXISTS (SELECT 1 FROM staff s WHERE s.phone_e164 = o.recipient AND s.org_unit_id IN (:units)))"
            + " AND NOT EXISTS (SELECT 1 FROM member_phone p2 JOIN member m2 ON m2.id = p2.member_id"
            + " WHERE p2.phone_e164 = o.recipient AND m2.shg_id NOT IN (:units))"
            + " AND NOT EXISTS (SELECT 1 FROM staff s2 WHERE s2.phone_e164 = o.recipient AND s2.org_unit_id NOT IN (:units))";

    private List<Long> subtreeOf(long root) {
        return UnitSubtrees.of(em, root);
    }

    /** Stored timestamps are UTC wall-clock values; a local midnight is compared as one. */
    private static java.time.LocalDateTime utc(java.time.ZonedDateTime local) {
        return java.time.LocalDateTime.ofInstant(local.toInstant(), java.time.ZoneOffset.UTC);
    }

    private static Query withParams(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return q.getResultList();
    }

    public OutboxPage.Detail message(long id) {
        OutboxMessage m = readable(id);
        List<OutboxPage.MemberLink> members = em.createQuery("select new org.sakhiline.admin.records.OutboxPage$MemberLink("
                        + "m.id, m.name, o.code) from MemberPhone p, Member m, OrgUnit o where m.id = p.memberId"
                        + " and o.id = m.shgId and p.phoneE164 = ?1 order by m.name, m.id", OutboxPage.MemberLink.class)
                .setParameter(1, m.recipient).getResultList().stream()
                .filter(link -> scope.isAdmin() || mayOpenMember(link.id())).toList();
        Long unit = owningUnit(m.recipient);
        ZoneId zone = unit == null ? readerZone() : words.zoneOf(unit);
        String language = m.language == null ? "" : m.language;
        String base = language.contains("-") ? language.substring(0, language.indexOf('-')) : language;
        return new OutboxPage.Detail(m.id, m.channel.name(), m.recipient, m.status.name(), m.attempts, shownBody(m), language,
                ConsoleText.rtl(base), m.encoding.name(), m.segments, m.templateKey, m.dltTemplateId, m.dedupeKey,
                m.providerId, m.providerStatus, m.errorCode, m.lastError, words.time(m.createdAt, zone),
                words.time(m.nextAttemptAt, zone), words.time(m.sentAt, zone), words.time(m.updatedAt, zone),
                RETRYABLE.contains(m.status), members, null, null, m.provider);
    }

    /**
     * Sends a FAILED or DEAD message again (through {@link Outbox#retry}), audited with its state before and
     * after. Refused when it is in another state, e.g. retried a moment ago by someone else.
     */
    @Transactional
    public void retry(long id) {
        OutboxMessage m = readable(id);
        Map<String, Object> before = state(m);
        if (!RETRYABLE.contains(m.status) || !outbox.retry(id)) {
            throw new BusinessRuleException(BusinessRuleException.INVALID_STATE, "message " + id + " is "
                    + m.status + "; only FAILED or DEAD messages can be sent again");
        }
        em.refresh(m);
        audit.record(AuditEntry.of("outbox.retry", "outboxMessage", id, owningUnit(m.recipient),
                "Message " + id + " (" + m.channel + " to " + PhoneMask.mask(m.recipient) + ") queued again after "
                        + before.get("status"), before, state(m)));
    }

    /** 404 when there is no such message, 403 when it goes to nobody in the reader's part of the tree. */
    private OutboxMessage readable(long id) {
        OutboxMessage m = OutboxMessage.findById(id);
        if (m == null) {
            throw ConsoleErrors.notFound("message " + id);
        }
        List<Long> units = scope.subtreeUnitIds();
        if (units != null && em.createQuery("select count(o) from OutboxMessage o where o.id = :id" + IN_SCOPE, Long.class)
                .setParameter("id", id).setParameter("units", units).getSingleResult() == 0) {
            throw new ForbiddenException("message " + id + " goes to nobody in your part of the federation");
        }
        return m;
    }

    private boolean mayOpenMember(long memberId) {
        try {
            scope.requireMember(memberId);
            return true;
        } catch (ForbiddenException e) {
            return false;
        }
    }

    /** The unit the audit row belongs to: the first group (in the reader's scope, if limited) reached on that phone. */
    private Long owningUnit(String phone) {
        List<Long> units = scope.subtreeUnitIds();
        List<Long> groups = em.createQuery("select m.shgId from MemberPhone p, Member m where m.id = p.memberId"
                + " and p.phoneE164 = ?1 order by m.id", Long.class).setParameter(1, phone).getResultList();
        List<Long> staffUnits = em.createQuery("select s.orgUnitId from Staff s where s.phoneE164 = ?1", Long.class)
                .setParameter(1, phone).getResultList();
        return java.util.stream.Stream.concat(groups.stream(), staffUnits.stream())
                .filter(u -> units == null || units.contains(u)).findFirst().orElse(null);
    }

    private static Map<String, Object> state(OutboxMessage m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("status", m.status);
        s.put("attempts", m.attempts);
        s.put("nextAttemptAt", m.nextAttemptAt);
        s.put("lastError", m.lastError);
        s.put("errorCode", m.errorCode);
        s.put("providerId", m.providerId);
        s.put("providerStatus", m.providerStatus);
        return s;
    }

    /**
     * A one-time PIN code is hers alone: whoever reads the console (staff of her subtree included) must not be
     * able to key it on a call in her name within its ten minutes.
     */
    private static String shownBody(OutboxMessage m) {
        return SECRET_TEMPLATE.equals(m.templateKey) ? m.body.replaceAll("[0-9]{6}", "******") : m.body;
    }

    private OutboxPage.Row row(Object[] r) {
        String template = (String) r[7];
        String body = SECRET_TEMPLATE.equals(template) ? ((String) r[8]).replaceAll("[0-9]{6}", "******") : (String) r[8];
        String preview = body.length() <= PREVIEW ? body : body.substring(0, PREVIEW - 1) + "…";
        Long group = r[13] == null ? null : ((Number) r[13]).longValue();
        ZoneId zone = words.zoneOf(group);
        OutboxStatus status = OutboxStatus.valueOf((String) r[3]);
        return new OutboxPage.Row(((Number) r[0]).longValue(), (String) r[1], PhoneMask.mask((String) r[2]), status.name(),
                ((Number) r[4]).intValue(), words.time(instant(r[5]), zone), words.time(instant(r[6]), zone),
                template, preview, (String) r[9], RETRYABLE.contains(status), (String) r[10],
                r[11] == null ? null : ((Number) r[11]).longValue(), (String) r[12],
                group, (String) r[14], (String) r[15]);
    }

    private static java.time.Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        // Hibernate reads native timestamps in UTC (jdbc.timezone), as a LocalDateTime or a Timestamp.
        if (value instanceof java.time.LocalDateTime t) {
            return t.toInstant(java.time.ZoneOffset.UTC);
        }
        return value instanceof java.sql.Timestamp t ? t.toInstant() : (java.time.Instant) value;
    }
}
