package org.sakhiline.admin.records;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sakhiline.access.AccessScope;
import org.sakhiline.audit.AuditEntry;
import org.sakhiline.audit.AuditLog;
import org.sakhiline.channel.sms.SmsDltCheck;
import org.sakhiline.messaging.Outbox;
import org.sakhiline.messaging.OutboxMessage;
import org.sakhiline.messaging.OutboxStatus;
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

    public OutboxRecords(AccessScope scope, Outbox outbox, AuditLog audit, EntityManager em, SmsDltCheck dlt) {
        this.dlt = dlt;
        this.scope = scope;
        this.outbox = outbox;
        this.audit = audit;
        this.em = em;
    }

    /** Newest first; {@code status} blank or "all" lists every status. */
    public OutboxPage list(String status, int page) {
        OutboxStatus wanted = parseStatus(status);
        List<Long> units = scope.subtreeUnitIds();
        String where = " where 1 = 1" + (wanted == null ? "" : " and o.status = :status") + (units == null ? "" : IN_SCOPE);
        TypedQuery<OutboxMessage> items = em.createQuery("select o from OutboxMessage o" + where + " order by o.id desc",
                OutboxMessage.class);
        TypedQuery<Long> count = em.createQuery("select count(o) from OutboxMessage o" + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            if (wanted != null) {
                q.setParameter("status", wanted);
            }
            if (units != null) {
                q.setParameter("units", units);
            }
        }
        List<OutboxPage.Row> rows = items.setFirstResult(page * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList().stream()
                .map(OutboxRecords::row).toList();
        String filter = wanted == null ? "" : wanted.name().toLowerCase(Locale.ROOT);
        String back = Paging.url("/admin/outbox", Map.of("status", filter), page);
        return new OutboxPage(filter, Arrays.stream(OutboxStatus.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList(),
                rows, Paging.of("/admin/outbox", Map.of("status", filter), page, PAGE_SIZE, count.getSingleResult()), back,
                dlt.warnings());
    }

    public OutboxPage.Detail message(long id) {
        OutboxMessage m = readable(id);
        List<OutboxPage.MemberLink> members = em.createQuery("select new org.sakhiline.admin.records.OutboxPage$MemberLink("
                        + "m.id, m.name, o.code) from MemberPhone p, Member m, OrgUnit o where m.id = p.memberId"
                        + " and o.id = m.shgId and p.phoneE164 = ?1 order by m.name, m.id", OutboxPage.MemberLink.class)
                .setParameter(1, m.recipient).getResultList().stream()
                .filter(link -> scope.isAdmin() || mayOpenMember(link.id())).toList();
        String language = m.language == null ? "" : m.language;
        String base = language.contains("-") ? language.substring(0, language.indexOf('-')) : language;
        return new OutboxPage.Detail(m.id, m.channel.name(), m.recipient, m.status.name(), m.attempts, shownBody(m), language,
                ConsoleText.rtl(base), m.encoding.name(), m.segments, m.templateKey, m.dltTemplateId, m.dedupeKey,
                m.providerId, m.providerStatus, m.errorCode, m.lastError, ConsoleText.utc(m.createdAt),
                ConsoleText.utc(m.nextAttemptAt), ConsoleText.utc(m.sentAt), ConsoleText.utc(m.updatedAt),
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

    private static OutboxPage.Row row(OutboxMessage m) {
        String body = shownBody(m);
        String preview = body.length() <= PREVIEW ? body : body.substring(0, PREVIEW - 1) + "…";
        return new OutboxPage.Row(m.id, m.channel.name(), PhoneMask.mask(m.recipient), m.status.name(), m.attempts,
                ConsoleText.utc(m.createdAt), ConsoleText.utc(m.sentAt), m.templateKey, preview, m.lastError,
                RETRYABLE.contains(m.status), m.provider);
    }

    private static OutboxStatus parseStatus(String status) {
        if (status == null || status.isBlank() || "all".equalsIgnoreCase(status.strip())) {
            return null;
        }
        // An unknown filter (a hand-edited link) lists everything rather than failing.
        return Arrays.stream(OutboxStatus.values()).filter(s -> s.name().equalsIgnoreCase(status.strip())).findFirst()
                .orElse(null);
    }
}
