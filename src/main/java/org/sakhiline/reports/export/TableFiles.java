package org.sakhiline.reports.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a {@link ReportTable} as CSV (UTF-8 with a BOM, so spreadsheet programs read Indic names) or XLSX. */
public final class TableFiles {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableFiles() {}

    public static byte[] csv(ReportTable t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter p = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            p.printRecord(t.headings());
            for (List<Object> row : t.rows()) {
                p.printRecord(row.stream().map(c -> c == null ? "" : spreadsheetSafe(c.toString())).toList());
            }
            p.println();
            for (String line : t.footer()) {
                p.printRecord(spreadsheetSafe(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(ReportTable t) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Report");
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##,##0.00"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(t.title());
            Row head = sheet.createRow(r++);
            for (int i = 0; i < t.headings().size(); i++) {
                head.createCell(i).setCellValue(t.headings().get(i));
            }
            for (List<Object> values : t.rows()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Cell cell = row.createCell(i);
                    Object v = values.get(i);
                    if (v instanceof ReportTable.Rupees m) {
                        cell.setCellValue(m.paise() / 100.0);   // a spreadsheet's own number; the exact value is in the CSV
                        cell.setCellStyle(money);
                    } else if (v instanceof ReportTable.Percent p) {
                        cell.setCellValue(p.basisPoints() / 100.0);
                        cell.setCellStyle(percent);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.longValue());
                    } else {
                        cell.setCellValue(v == null ? "" : v.toString());
                    }
                }
            }
            r++;
            for (String line : t.footer()) {
                sheet.createRow(r++).createCell(0).setCellValue(line);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell starting with = + - @ would run as a formula when the file is opened (CSV injection). */
    static String spreadsheetSafe(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+")) {
            return "'" + s;
        }
        return s;
    }
}
