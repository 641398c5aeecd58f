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
        BookPageMessages m = BookTexts.m();
        if (waiting > 0) {
            out.add(new AttentionItem("sheets-waiting", m.dash_sheets_waiting(waiting, waiting >= COUNT_UP_TO),
                    m.dash_sheets_waiting_detail(), "/admin/sheets", m.dash_confirm_them()));
        }
        int flagged = sheets.flagged(scope.units(), COUNT_UP_TO).size();
        if (flagged > 0) {
            out.add(new AttentionItem("sheets-flagged", m.dash_sheets_flagged(flagged, flagged >= COUNT_UP_TO), null,
                    "/admin/sheets#flagged-heading", m.dash_check_them()));
        }
        return out;
    }

    @Override
    public String what() {
        return BookTexts.m().dash_what_sheets();
    }
}
