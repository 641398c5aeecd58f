package org.sakhiline.meetingday;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;

import org.sakhiline.testing.AfricasTalkingDialer;
import org.sakhiline.testing.MeetingDayGroups;
import org.sakhiline.testing.MeetingDayGroups.Group;
import org.sakhiline.testing.MeetingDayGroups.Woman;

/**
 * The bookkeeper's side of meeting day over Africa's Talking, reading her English screens as she does: 3 Meetings,
 * her PIN, Record meeting, today's meeting, then one screen per member (1 as shown, 2 absent, 3 other amount).
 */
final class BookkeeperOnUssd {

    private final AfricasTalkingDialer dialer;

    private BookkeeperOnUssd(AfricasTalkingDialer dialer) {
        this.dialer = dialer;
    }

    /** Dials in and walks to the first member not yet entered on today's sheet. */
    static BookkeeperOnUssd openSheet(Group g) {
        AfricasTalkingDialer d = new AfricasTalkingDialer(g.bookkeeper().phone());
        d.dial();
        d.choose("Meetings");
        d.send(MeetingDayGroups.PIN);
        d.choose("Record meeting");
        assertThat(d.screen(), containsString("Record which meeting?"));
        d.send("1"); // the newest recordable meeting comes first: today's
        return new BookkeeperOnUssd(d);
    }

    String asShown(Woman w) {
        onHerScreen(w);
        return dialer.choose("As shown");
    }

    String absent(Woman w) {
        onHerScreen(w);
        return dialer.choose("Absent");
    }

    /** Other amount: her savings and her repayment in rupees, no fine. */
    String otherAmount(Woman w, long savingsRupees, long repaidRupees) {
        onHerScreen(w);
        dialer.choose("Other");
        dialer.send(String.valueOf(savingsRupees));
        dialer.send(String.valueOf(repaidRupees));
        if (dialer.screen().toLowerCase().contains("fine")) {
            dialer.send("0");
        }
        return dialer.screen();
    }

    /** On the summary: enters the cash counted, then submits. */
    String submit(long cashCountedRupees) {
        dialer.choose("Cash counted");
        dialer.send(String.valueOf(cashCountedRupees));
        dialer.choose("Submit");
        return dialer.screen();
    }

    /** The network dropped her session (the gateway's end notice). */
    void dropped() {
        dialer.timedOut();
    }

    String screen() {
        return dialer.screen();
    }

    int hops() {
        return dialer.hops();
    }

    private void onHerScreen(Woman w) {
        assertThat("her line is on the screen; conversation:\n" + dialer.transcript(), dialer.screen(),
                containsString(w.name()));
    }
}
