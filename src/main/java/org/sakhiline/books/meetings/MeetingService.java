package org.sakhiline.books.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sakhiline.books.members.MemberStatus;
import org.sakhiline.books.org.ShgProfile;
import org.sakhiline.support.problem.BusinessRuleException;
import org.sakhiline.support.problem.InvalidInputException;
import org.sakhiline.support.problem.NotFoundException;
import org.sakhiline.support.RetriedOnConflict;

/**
 * Meeting occurrences generated from each group's {@link MeetingRule}, the next meeting a member should
 * be told about, attendance and cancellation.
 */
@ApplicationScoped
@Transactional
@RetriedOnConflict
public class MeetingService {

    private static final int MAX_GENERATE_DAYS = 731;

    /**
     * Creates the SCHEDULED occurrences the rule gives in {@code [from, toInclusive]}; dates that already
     * have a row (in any status) are left alone, so repeating the call changes nothing.
     */
    public List<MeetingSummary> generate(long shgId, LocalDate from, LocalDate toInclusive) {
        if (from == null || toInclusive == null || toInclusive.isBefore(from)
                || from.plusDays(MAX_GENERATE_DAYS).isBefore(toInclusive)) {
            throw new InvalidInputException("to", "must be on or after 'from' and at most " + MAX_GENERATE_DAYS + " days later");
        }
        ShgProfile profile = profile(shgId);
        for (LocalDate d : profile.meetingRule().datesBetween(from, toInclusive)) {
            em().createNativeQuery("INSERT INTO meeting (shg_id, meeting_date, start_time, place, status)"
                            + " VALUES (?1, ?2, ?3, ?4, 'SCHEDULED') ON DUPLICATE KEY UPDATE id = id")
                    .setParameter(1, shgId).setParameter(2, d).setParameter(3, profile.meetingTime)
                    .setParameter(4, profile.meetingPlace).executeUpdate();
        }
        return meetings(shgId, from, toInclusive);
    }

    @Transactional(TxType.SUPPORTS)
    public List<MeetingSummary> meetings(long shgId, LocalDate from, LocalDate toInclusive) {
        return em().createQuery("select new org.sakhiline.books.meetings.MeetingSummary(m.id, m.shgId, m.meetingDate, m.startTime,"
                        + " m.place, m.status) from Meeting m where m.shgId = ?1 and m.meetingDate between ?2 and ?3"
                        + " order by m.meetingDate", MeetingSummary.class)
                .setParameter(1, shgId).setParameter(2, from).setParameter(3, toInclusive).getResultList();
    }

    /**
     * The first SCHEDULED occurrence starting after {@code now} in the group's time zone (rules in
     * {@link MeetingSchedule#next}). Typically one indexed query.
     */
    @Transactional(TxType.SUPPORTS)
    public Optional<NextMeeting> nextMeeting(long shgId, Instant now) {
        MeetingSchedule schedule = MeetingSchedule.of(profile(shgId));
        LocalDate today = schedule.today(now);
        return Optional.of(schedule.next(now, meetings(shgId, today, MeetingSchedule.horizon(today)),
                horizon -> firstScheduledAfter(shgId, horizon)));
    }

    private Optional<MeetingSummary> firstScheduledAfter(long shgId, LocalDate day) {
        return em().createQuery("select new org.sakhiline.books.meetings.MeetingSummary(m.id, m.shgId, m.meetingDate,"
                        + " m.startTime, m.place, m.status) from Meeting m where m.shgId = ?1 and m.meetingDate > ?2"
                        + " and m.status = ?3 order by m.meetingDate", MeetingSummary.class)
                .setParameter(1, shgId).setParameter(2, day).setParameter(3, MeetingStatus.SCHEDULED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Marks the meeting HELD and records every active member of the group as present (listed) or absent.
     */
    public MeetingSummary recordAttendance(long meetingId, Collection<Long> presentMemberIds) {
        Meeting m = meeting(meetingId);
        if (m.status == MeetingStatus.CANCELLED) {
            throw new BusinessRuleException(BusinessRuleException.INVALID_STATE, "meeting " + meetingId + " was cancelled");
        }
        Set<Long> present = new HashSet<>(presentMemberIds);
        List<Long> members = em().createQuery("select m.id from Member m where m.shgId = ?1 and m.status = ?2", Long.class)
                .setParameter(1, m.shgId).setParameter(2, MemberStatus.ACTIVE).getResultList();
        if (!new HashSet<>(members).containsAll(present)) {
            throw new InvalidInputException("presentMemberIds", "every id must be an active member of the group");
        }
        MeetingAttendance.delete("meetingId", meetingId);
        for (Long memberId : members) {
            MeetingAttendance a = new MeetingAttendance();
            a.meetingId = meetingId;
            a.memberId = memberId;
            a.present = present.contains(memberId);
            a.persist();
        }
        m.status = MeetingStatus.HELD;
        return view(m);
    }

    public MeetingSummary cancel(long meetingId) {
        Meeting m = meeting(meetingId);
        if (m.status == MeetingStatus.HELD) {
            throw new BusinessRuleException(BusinessRuleException.INVALID_STATE, "meeting " + meetingId + " was already held");
        }
        m.status = MeetingStatus.CANCELLED;
        return view(m);
    }

    /** Members marked present at a meeting. */
    @Transactional(TxType.SUPPORTS)
    public List<Long> presentMembers(long meetingId) {
        return em().createQuery("select a.memberId from MeetingAttendance a where a.meetingId = ?1 and a.present = true"
                + " order by a.memberId", Long.class).setParameter(1, meetingId).getResultList();
    }

    private static MeetingSummary view(Meeting m) {
        return new MeetingSummary(m.id, m.shgId, m.meetingDate, m.startTime, m.place, m.status);
    }

    private static Meeting meeting(long id) {
        Meeting m = Meeting.findById(id);
        if (m == null) {
            throw new NotFoundException("meeting", id);
        }
        return m;
    }

    private static ShgProfile profile(long shgId) {
        ShgProfile p = ShgProfile.findById(shgId);
        if (p == null) {
            throw new NotFoundException("SHG", shgId);
        }
        return p;
    }

    private static EntityManager em() {
        return Meeting.getEntityManager();
    }
}
