package org.sakhiline.books.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.sakhiline.audit.AuditEntry;
import org.sakhiline.audit.AuditLog;
import org.sakhiline.messaging.OutboxCancellations;
import org.sakhiline.support.EditVersions;
import org.sakhiline.support.PhoneMask;
import org.sakhiline.support.problem.BusinessRuleException;
import org.sakhiline.support.problem.ConflictException;
import org.sakhiline.support.problem.FieldError;
import org.sakhiline.support.problem.InvalidInputException;
import org.sakhiline.support.problem.NotFoundException;

/**
 * Keeping a member's record current from the console or the API: enrol, edit, exit, add and take off
 * phones. Each change is written with its audit entry (the record before and after) in one transaction,
 * under a lock on her row, so two edits queue instead of interleaving.
 *
 * <p>A phone identifies a handset, not a woman: a number taken off her record (a recycled SIM) stops
 * naming her at once on every channel (the lookups read {@code member_phone}), what still waits for her on
 * it in the outbox is cancelled, and the menu sessions open on it are ended. An exited member keeps her
 * books and her phones on record, but every lookup by phone, the reminder planner and the mitras' commands
 * see only ACTIVE members, so her number is free for someone else.
 */
@ApplicationScoped
@Transactional
public class MemberUpkeep {

    private static final Logger LOG = Logger.getLogger(MemberUpkeep.class);
    static final int MAX_PHONES = 5;
    static final int MAX_EXIT_REASON = 200;

    private final MemberDirectory directory;
    private final AuditLog audit;
    private final OutboxCancellations outbox;
    private final Event<PhoneWithdrawn> withdrawn;

    public MemberUpkeep(MemberDirectory directory, AuditLog audit, OutboxCancellations outbox, Event<PhoneWithdrawn> withdrawn) {
        this.directory = directory;
        this.audit = audit;
        this.outbox = outbox;
        this.withdrawn = withdrawn;
    }

    @Transactional(TxType.SUPPORTS)
    public MemberRecord record(long memberId) {
        Member m = Member.findById(memberId);
        if (m == null) {
            throw new NotFoundException("member", memberId);
        }
        return MemberRecord.of(m, MemberPhone.phonesOf(memberId));
    }

    /** Enrols her (the directory's rules: a taken member number is a conflict) and audits it. */
    public MemberRecord create(NewMember req) {
        MemberSummary created = directory.createMember(req);
        MemberRecord after = record(created.memberId());
        audit.record(AuditEntry.of("member.create", "member", after.memberId(), after.shgId(),
                "Enrolled " + after.name() + " as no. " + after.memberNo() + " of " + created.shgCode(), null, after));
        return after;
    }

    public MemberRecord update(long memberId, MemberChanges changes) {
        List<FieldError> problems = changes.problems();
        Member m = locked(memberId);
        EditVersions.require(changes.version(), m.version, "member");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MemberRecord before = record(memberId);
        m.name = changes.name().strip();
        m.nameNative = MemberFields.optional(changes.nameNative());
        m.language = changes.language().strip();
        ScriptVariant script = MemberFields.enumValue(ScriptVariant.class, changes.script());
        m.script = "en".equals(m.language) || script == null ? ScriptVariant.NATIVE : script;
        MemberRole role = MemberFields.enumValue(MemberRole.class, changes.role());
        m.role = role == null ? m.role : role;
        return saved(m, before, "member.update", "Edited member " + m.id + " (" + m.name + ")");
    }

    /**
     * Marks her EXITED from {@code exitedOn} (today when null). Her books stay; her pending reminders are
     * cancelled and sessions open on her phones end. A second exit is a conflict.
     */
    public MemberRecord exit(long memberId, LocalDate exitedOn, String reason) {
        String why = MemberFields.optional(reason);
        if (why != null && why.length() > MAX_EXIT_REASON) {
            throw new InvalidInputException("reason", "must be at most " + MAX_EXIT_REASON + " characters");
        }
        Member m = locked(memberId);
        if (m.status == MemberStatus.EXITED) {
            throw new ConflictException("already-exited", "member " + memberId + " has already exited (on " + m.exitedOn + ")");
        }
        LocalDate on = exitedOn == null ? LocalDate.now() : exitedOn;
        if (on.isBefore(m.joinedOn)) {
            throw new InvalidInputException("exitedOn", "cannot be before she joined (" + m.joinedOn + ")");
        }
        MemberRecord before = record(memberId);
        m.status = MemberStatus.EXITED;
        m.exitedOn = on;
        int cancelled = outbox.cancelRemindersOf(memberId);
        before.phones().forEach(p -> withdrawn.fire(new PhoneWithdrawn(memberId, p, "member exited")));
        LOG.infof("member %d exited on %s; %d pending reminders cancelled", memberId, on, cancelled);
        return saved(m, before, "member.exit", "Member " + m.id + " (" + m.name + ") exited on " + on
                + (why == null ? "" : ": " + why) + (cancelled > 0 ? "; " + cancelled + " pending reminders cancelled" : ""));
    }

    /** Adds a number she can be reached on (checked for validity); a number she already has changes nothing. */
    public MemberRecord addPhone(long memberId, String typed) {
        String phone = MemberFields.phone(typed);
        if (phone == null) {
            throw new InvalidInputException(List.of(MemberFields.phoneProblem("phone", typed)));
        }
        Member m = locked(memberId);
        if (m.status == MemberStatus.EXITED) {
            throw new BusinessRuleException("member-exited", "member " + memberId + " has exited: a phone on her record would reach nobody");
        }
        List<String> phones = MemberPhone.phonesOf(memberId);
        if (phones.contains(phone)) {
            return record(memberId);
        }
        if (phones.size() >= MAX_PHONES) {
            throw new BusinessRuleException("too-many-phones", "a member may have at most " + MAX_PHONES + " phones; take one off first");
        }
        MemberRecord before = record(memberId);
        MemberPhone.of(memberId, phone).persist();
        return saved(m, before, "member.addPhone", "Phone " + PhoneMask.mask(phone) + " added to member " + m.id);
    }

    /**
     * Takes a number off her record (a recycled SIM, a lost handset). It stops identifying her at once;
     * what waits for her on it in the outbox is cancelled (it would reach the number's next holder); menu
     * sessions open on it end.
     */
    public MemberRecord removePhone(long memberId, String typed) {
        String phone = MemberFields.phone(typed);
        Member m = locked(memberId);
        if (phone == null || MemberPhone.delete("memberId = ?1 and phoneE164 = ?2", memberId, phone) == 0) {
            throw new NotFoundException("phone " + PhoneMask.mask(typed) + " of member", memberId);
        }
        MemberRecord before = new MemberRecord(m.id, m.shgId, m.memberNo, m.name, m.nameNative, m.language, m.script, m.role,
                m.status, m.joinedOn, m.exitedOn, withPhone(MemberPhone.phonesOf(memberId), phone), m.version);
        int cancelled = outbox.cancelForRemovedPhone(memberId, phone, stillInUse(phone));
        withdrawn.fire(new PhoneWithdrawn(memberId, phone, "phone taken off the member"));
        LOG.infof("phone %s taken off member %d; %d pending messages for her on it cancelled", PhoneMask.mask(phone),
                memberId, cancelled);
        return saved(m, before, "member.removePhone", "Phone " + PhoneMask.mask(phone) + " taken off member " + m.id
                + (cancelled > 0 ? "; " + cancelled + " pending messages to it cancelled" : ""));
    }

    private static List<String> withPhone(List<String> remaining, String removed) {
        List<String> all = new ArrayList<>(remaining);
        all.add(removed);
        return all;
    }

    /** Another active member or a staff member still answers on this number. */
    private static boolean stillInUse(String phone) {
        Number n = (Number) Member.getEntityManager().createNativeQuery("""
                SELECT (SELECT COUNT(*) FROM member_phone p JOIN member m ON m.id = p.member_id
                        WHERE p.phone_e164 = ?1 AND m.status = 'ACTIVE')
                     + (SELECT COUNT(*) FROM staff s WHERE s.phone_e164 = ?1)""")
                .setParameter(1, phone).getSingleResult();
        return n.longValue() > 0;
    }

    private MemberRecord saved(Member m, MemberRecord before, String action, String summary) {
        m.version++;
        Member.flush();
        MemberRecord after = record(m.id);
        audit.record(AuditEntry.of(action, "member", m.id, m.shgId, summary, before, after));
        return after;
    }

    private static Member locked(long memberId) {
        Member m = Member.getEntityManager().find(Member.class, memberId, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw new NotFoundException("member", memberId);
        }
        return m;
    }
}
