package org.sakhiline.meetingday;

import java.time.Instant;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.sheets.LineEntry;
import org.sakhiline.books.sheets.MeetingSheets;
import org.sakhiline.books.sheets.SheetActor;
import org.sakhiline.books.sheets.SheetLine;
import org.sakhiline.books.sheets.SheetView;
import org.sakhiline.testing.MeetingDayGroups.Group;

/** A sheet brought to a state through the books' service, for tests whose subject comes after it. */
final class ServicePath {

    private ServicePath() {}

    /** Every line as shown and the cash counted equal to what was collected. */
    static SheetView allAsShown(MeetingSheets sheets, SheetView sheet, SheetActor maker) {
        SheetView v = sheet;
        for (SheetLine line : sheet.lines()) {
            v = sheets.recordLine(sheet.sheetId(), line.memberId(), LineEntry.asShown(line), maker);
        }
        return sheets.setCashCounted(sheet.sheetId(), v.totals().collectedPaise(), maker);
    }

    /** Recorded by the group's bookkeeper (on USSD) as shown, and submitted. */
    static long submittedAsShown(MeetingSheets sheets, Group g) {
        SheetActor bookkeeper = SheetActor.member(g.bookkeeper().id(), Channel.USSD);
        SheetView sheet = sheets.open(g.meetingId(), bookkeeper, Instant.now());
        allAsShown(sheets, sheet, bookkeeper);
        sheets.submit(sheet.sheetId(), bookkeeper);
        return sheet.sheetId();
    }

    /** As {@link #submittedAsShown}, then confirmed by the group's leader. */
    static long confirmedAsShown(MeetingSheets sheets, Group g) {
        long sheetId = submittedAsShown(sheets, g);
        sheets.confirm(sheetId, SheetActor.member(g.leader().id(), Channel.USSD), Instant.now());
        return sheetId;
    }
}
