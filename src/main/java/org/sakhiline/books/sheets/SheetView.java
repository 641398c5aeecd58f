package org.sakhiline.books.sheets;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** A sheet as every channel shows it: lines in member-number order, totals, status and version. */
public record SheetView(long sheetId, long meetingId, long shgId, String shgName, LocalDate meetingDate, ZoneId zone,
                        SheetStatus status, long version, List<SheetLine> lines, SheetTotals totals,
                        String rejectedReason, int openFlags) {

    public SheetView {
        lines = List.copyOf(lines);
    }

    public Optional<SheetLine> line(long memberId) {
        return lines.stream().filter(l -> l.memberId() == memberId).findFirst();
    }

    public Optional<SheetLine> firstNotEntered() {
        return lines.stream().filter(l -> !l.entered()).findFirst();
    }
}
