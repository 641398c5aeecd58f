package org.sakhiline.admin.sheets;

import java.util.List;

/** Page models of the sheet lists: waiting for confirmation and flagged, and one group's recent meetings. */
public final class SheetListPages {

    private SheetListPages() {}

    public record Lists(List<Summary> waiting, List<Summary> flagged, boolean everyone) {}

    /** One sheet in a list; amounts and times already in words, the time in the group's zone. */
    public record Summary(long sheetId, String group, String groupName, String meetingDate, String status, String statusTone,
                          String attendance, String collected, String difference, String differenceTone, int openFlags,
                          String updated) {}

    public record Group(long shgId, String code, String name, String zone, List<MeetingRow> meetings, int recentDays) {}

    /**
     * @param sheetId the meeting's sheet, or null when none is started
     * @param startable no sheet yet and the meeting may get one (held or scheduled, today or in the last days)
     */
    public record MeetingRow(long meetingId, String date, String meetingStatus, Long sheetId, String sheetStatus,
                             String sheetTone, boolean startable) {}
}
