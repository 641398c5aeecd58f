package org.sakhiline.meetingday;

import org.sakhiline.testing.AfricasTalkingDialer;
import org.sakhiline.testing.MeetingDayGroups;
import org.sakhiline.testing.MeetingDayGroups.Woman;

/** The leader's side over Africa's Talking: 3 Meetings, her PIN, Confirm meeting: the submitted sheet's totals, 1 Confirm. */
final class LeaderOnUssd {

    private final AfricasTalkingDialer dialer;

    private LeaderOnUssd(AfricasTalkingDialer dialer) {
        this.dialer = dialer;
    }

    /** Dials in and walks to the confirm screen of her group's submitted sheet. */
    static LeaderOnUssd open(Woman leader) {
        AfricasTalkingDialer d = new AfricasTalkingDialer(leader.phone());
        d.dial();
        d.choose("Meetings");
        d.send(MeetingDayGroups.PIN);
        d.choose("Confirm meeting");
        return new LeaderOnUssd(d);
    }

    String screen() {
        return dialer.screen();
    }

    String confirm() {
        dialer.choose("Confirm");
        return dialer.screen();
    }
}
