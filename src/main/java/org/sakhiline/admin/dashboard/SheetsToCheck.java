package org.sakhiline.admin.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.sakhiline.books.sheets.MeetingSheets;

/**
 * Meeting sheets that wait for someone: submitted by a bookkeeper and not yet confirmed (nothing is in the books
 * until they are), and confirmed sheets a member flagged by replying WRONG to her receipt.
 */
@ApplicationScoped
public class SheetsToCheck implements AttentionSource {

    /** Counted up to this many; more reads "100 or more". */
    static final int COUNT_UP_TO = 100;

    private final MeetingSheets sheets;

    public SheetsToCheck(MeetingSheets sheets) {
        this.sheets = sheets;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public List<AttentionItem> items(DashboardScope scope) {
        List<AttentionItem> out = new ArrayList<>();
        int waiting = sheets.awaitingConfirmation(scope.units(), COUNT_UP_TO).size();
        if (waiting > 0) {
            out.add(new AttentionItem("sheets-waiting", count(waiting, "meeting sheet is", "meeting sheets are")
                    + " waiting for confirmation", "Nothing on them is in the books until someone other than their maker confirms.",
                    "/admin/sheets", "Confirm them"));
        }
        int flagged = sheets.flagged(scope.units(), COUNT_UP_TO).size();
        if (flagged > 0) {
            out.add(new AttentionItem("sheets-flagged", count(flagged, "confirmed sheet was", "confirmed sheets were")
                    + " flagged by a member as wrong", null, "/admin/sheets#flagged-heading", "Check them"));
        }
        return out;
    }

    private static String count(int n, String one, String many) {
        String number = n >= COUNT_UP_TO ? COUNT_UP_TO + " or more" : Integer.toString(n);
        return n == 1 ? "1 " + one : number + " " + many;
    }
}
