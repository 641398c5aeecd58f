package org.sakhiline.books.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX, streamed with POI's SAX reader: one row in memory at a time (plus the
 * workbook's shared strings). Numbers come as their plain values, not as Excel displays them: a date cell
 * arrives as its serial number and an amount without grouping, and {@link ImportValues} reads both.
 */
final class XlsxRows {

    private XlsxRows() {}

    static void read(Path file, SheetRows.Sink sink) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new SheetRows.UnreadableSheet("the workbook has no sheet", null);
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(sink), new PlainNumbers(), false));
                xml.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new SheetRows.UnreadableSheet("the XLSX could not be read: " + e.getMessage(), e);
        }
    }

    /** Numbers as their value (45969, 125000, 12.5) whatever display format the cell has. */
    private static final class PlainNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final SheetRows.Sink sink;
        private final List<String> cells = new ArrayList<>();

        Rows(SheetRows.Sink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            String[] row = cells.toArray(String[]::new);
            if (!SheetRows.blank(row)) {
                sink.row(rowNum + 1L, row);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int col = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < col) {
                cells.add("");
            }
            String v = formattedValue == null ? "" : formattedValue;
            if (v.matches("-?[0-9]+(\\.[0-9]+)?E-?[0-9]+")) {   // a raw double such as 9.19812345678E11
                v = new BigDecimal(v).stripTrailingZeros().toPlainString();
            }
            cells.add(v);
        }

        @Override
        public void headerFooter(String text, boolean isHeader, String tagName) {
            // not data
        }
    }
}
