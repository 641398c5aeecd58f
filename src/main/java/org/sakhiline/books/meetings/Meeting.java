package org.sakhiline.books.meetings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;

/** A meeting occurrence; date and time are local to the SHG's time zone. */
@Entity
@Table(name = "meeting")
public class Meeting extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "shg_id", nullable = false)
    public Long shgId;

    @Column(name = "meeting_date", nullable = false)
    public LocalDate meetingDate;

    @Column(name = "start_time", nullable = false)
    public LocalTime startTime;

    @Column(nullable = false, length = 200)
    public String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public MeetingStatus status;
}
