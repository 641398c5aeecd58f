package org.sakhiline.books.meetings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** Whether a member was present at a held meeting. */
@Entity
@Table(name = "meeting_attendance")
@IdClass(MeetingAttendance.Key.class)
public class MeetingAttendance extends PanacheEntityBase {

    @Id
    @Column(name = "meeting_id")
    public Long meetingId;

    @Id
    @Column(name = "member_id")
    public Long memberId;

    @Column(nullable = false)
    public boolean present;

    /** Composite primary key (meeting_id, member_id). */
    public static class Key implements Serializable {
        public Long meetingId;
        public Long memberId;

        public Key() {}

        public Key(Long meetingId, Long memberId) {
            this.meetingId = meetingId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(meetingId, k.meetingId)
                    && java.util.Objects.equals(memberId, k.memberId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(meetingId, memberId);
        }
    }
}
