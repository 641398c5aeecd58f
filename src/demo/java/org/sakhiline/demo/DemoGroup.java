package org.sakhiline.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.sakhiline.demo.DemoPeople.FixedMember;

/** A generated SHG (or CO) and its members, held in memory until its year and its loans are written. */
final class DemoGroup {

    long id;
    int indexInCountry;
    DemoCountry country;
    String language;
    DemoCountry.Unit vo;
    boolean weekly;
    Integer dayOfWeek;
    Integer weekOfMonth;
    Integer dayOfMonth;
    LocalTime time;
    String place;
    long defaultSavings;
    LocalDate formed;
    int size;
    final List<Member> members = new ArrayList<>();
    long bookkeeperId;
    long bankMitraId;
    final List<LocalDate> heldDates = new ArrayList<>();

    static final class Member {
        long id;
        int no;
        String language;
        LocalDate joined;
        LocalDate exitOn;        // EXITED: settles her savings at the first meeting on/after this date
        LocalDate inactiveFrom;  // INACTIVE: rarely comes after this date
        double attendance;
        FixedMember fixed;
        // running state while the group's year is generated
        boolean opened;
        long balance;
        long lastTxnId;
        LocalDateTime lastTxnAt;
        boolean gone;
    }
}
