package org.sakhiline.admin.sheets;

/**
 * Correcting one member's line of a confirmed sheet.
 *
 * @param confirmed only a confirmed sheet is corrected (a draft is simply entered again)
 * @param recorded  what the books hold for her from this sheet, in words
 */
public record CorrectionPage(long sheetId, String shgCode, String shgName, String meetingDate, boolean confirmed,
                             SheetPage.Row row, String recorded, String reason, String error) {}
