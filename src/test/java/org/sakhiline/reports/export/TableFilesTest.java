package org.sakhiline.reports.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A member's name is typed by whoever enrolled her: in a file it must stay text, never become a formula. */
class TableFilesTest {

    private static final ReportTable TABLE = new ReportTable("t", List.of("Name", "Amount (Rs)"),
            List.of(List.of("=HYPERLINK(\"http://evil\")", new ReportTable.Rupees(-1_25_300_05L)),
                    List.of("सुनीता देवी", new ReportTable.Rupees(0))), List.of("+definitions stay text"));

    @Test
    void csvKeepsFormulaLookingNamesAsTextAndNegativeAmountsAsNumbers() throws Exception {
        byte[] csv = TableFiles.csv(TABLE);
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3),
                StandardCharsets.UTF_8)).getRecords();
        assertEquals("'=HYPERLINK(\"http://evil\")", rows.get(1).get(0));
        assertEquals("-125300.05", rows.get(1).get(1));
        assertEquals("सुनीता देवी", rows.get(2).get(0));
        assertEquals("'+definitions stay text", rows.get(3).get(0));
    }

    @Test
    void xlsxWritesNamesAsStringsAndAmountsAsNumbers() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(TableFiles.xlsx(TABLE)))) {
            var row = wb.getSheetAt(0).getRow(2);
            assertEquals("=HYPERLINK(\"http://evil\")", row.getCell(0).getStringCellValue(), "a string cell, not a formula");
            assertEquals(-125300.05, row.getCell(1).getNumericCellValue(), 0.001);
        }
    }
}
