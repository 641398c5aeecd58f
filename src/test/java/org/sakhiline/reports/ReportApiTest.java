package org.sakhiline.reports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.testing.ConsoleAuth;
import org.sakhiline.testing.ScopedBooks;

/**
 * The reports API and console pages under a STAFF account: her VO and its groups answer, another VO is a
 * 403, administrator-only operations are refused; CSV and XLSX exports read back with commons-csv and POI
 * carry the same figures as the JSON.
 */
@QuarkusTest
class ReportApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ScopedBooks books;

    ScopedBooks.Branch mine;
    ScopedBooks.Branch other;

    @BeforeEach
    void twoVillageOrganisations() {
        mine = books.create();
        other = books.create();
    }

    private RequestSpecification staff() {
        return ConsoleAuth.as(mine.staffUser(), ScopedBooks.STAFF_PASSWORD).accept(ContentType.JSON);
    }

    @Test
    void staffSeesHerSubtreeAndDrillsDownToMembers() {
        staff().get("/api/v1/reports/par").then().statusCode(200)
                .body("root.id", equalTo((int) mine.voId()))
                .body("lines.unit.id", hasItem((int) mine.shgId()))
                .body("definitions.size()", equalTo(5));
        staff().get("/api/v1/reports/dcb?unit=" + mine.shgId() + "&month=2026-02").then().statusCode(200)
                .body("lines.unit.level", everyItem(equalTo("MEMBER")))
                .body("total.total.demandPaise", equalTo(210_000));   // Rs 2,000 principal + Rs 100 charge due 7 Feb
        staff().get("/api/v1/reports/ratios?unit=" + mine.voId() + "&month=2026-01").then().statusCode(200)
                .body("total.total.members", equalTo(1));
        staff().get("/api/v1/reports/par/loans?unit=" + mine.voId() + "&asOf=2026-06-30").then().statusCode(200)
                .body("loanId", hasItem((int) mine.loanId()));
        staff().get("/api/v1/reports/grading?unit=" + mine.voId()).then().statusCode(200);
        ConsoleAuth.as(mine.staffUser(), ScopedBooks.STAFF_PASSWORD).contentType(ContentType.JSON)
                .post("/api/v1/reports/grading/" + mine.shgId()).then().statusCode(200)
                .body("computedBy", equalTo("console:" + mine.staffUser()));
        staff().get("/api/v1/reports/grading/" + mine.shgId() + "/history").then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void anotherVoAndAdministratorOperationsAreRefused() {
        for (String path : List.of("/api/v1/reports/par?unit=" + other.voId(), "/api/v1/reports/dcb?unit=" + other.shgId(),
                "/api/v1/reports/ratios?unit=" + other.voId(), "/api/v1/reports/par/loans?unit=" + other.voId(),
                "/api/v1/reports/grading?unit=" + other.voId(), "/api/v1/reports/grading/" + other.shgId() + "/history",
                "/api/v1/reports/consistency")) {
            staff().get(path).then().statusCode(403).contentType(PROBLEM);
        }
        staff().post("/api/v1/reports/grading/" + other.shgId()).then().statusCode(403);
        staff().post("/api/v1/reports/rollups/rebuild").then().statusCode(403);
        staff().get("/api/v1/reports/dcb?month=2026-13").then().statusCode(400).contentType(PROBLEM);
        staff().get("/api/v1/reports/dcb?from=2020-01-01&to=2026-01-01").then().statusCode(400);
        staff().get("/api/v1/reports/dcb?format=pdf").then().statusCode(400);
    }

    @Test
    void csvAndXlsxCarryTheSameFiguresAsJson() throws Exception {
        String query = "?unit=" + mine.voId() + "&month=2026-02";
        int demand = staff().get("/api/v1/reports/dcb" + query).then().statusCode(200).extract().path("total.total.demandPaise");
        byte[] csv = staff().get("/api/v1/reports/dcb" + query + "&format=csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0], "a UTF-8 byte order mark for spreadsheet programs");
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
            CSVRecord total = records.stream().filter(r -> r.size() > 3 && r.get("Code").equals(mine.voCode())
                    && r.get("Fund source").equals("ALL")).findFirst().orElseThrow();
            assertEquals(String.format("%d.%02d", demand / 100, demand % 100), total.get("Demand (Rs)"));
        }
        byte[] xlsx = staff().get("/api/v1/reports/dcb" + query + "&format=xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            Row head = sheet.getRow(1);
            assertEquals("Demand (Rs)", head.getCell(7).getStringCellValue());
            boolean found = false;
            for (Row row : sheet) {
                if (row.getRowNum() > 1 && row.getCell(1) != null && mine.voCode().equals(row.getCell(1).getStringCellValue())
                        && "ALL".equals(row.getCell(3).getStringCellValue())) {
                    assertEquals(demand / 100.0, row.getCell(7).getNumericCellValue(), 0.001);
                    found = true;
                }
            }
            assertTrue(found, "the VO's total row");
        }
    }

    @Test
    void consolePagesDrillDownAndRefuseOtherVos() {
        ConsoleAuth.Session staff = ConsoleAuth.signIn(mine.staffUser(), ScopedBooks.STAFF_PASSWORD);
        for (String report : List.of("dcb", "par", "ratios", "grading")) {
            staff.given().get("/admin/reports/" + report + "?unit=" + mine.voId()).then().statusCode(200)
                    .body(containsString("/admin/reports/" + report + "/export?format=csv"))
                    .body(containsString("How these figures are counted"));
            staff.given().get("/admin/reports/" + report + "?unit=" + other.voId()).then().statusCode(403);
        }
        staff.given().get("/admin/reports/dcb?unit=" + mine.voId() + "&month=2026-02").then().statusCode(200)
                .body(containsString("href=\"/admin/reports/dcb?unit=" + mine.shgId()))
                .body(containsString("India Standard Time (IST)"));
        staff.given().get("/admin/reports/dcb?unit=" + mine.shgId() + "&month=2026-02").then().statusCode(200)
                .body(containsString("href=\"/admin/members/" + mine.memberId() + "\""));
        staff.given().get("/admin/reports/dcb/export?format=xlsx&unit=" + mine.voId()).then().statusCode(200);
        staff.given().get("/admin/reports/dcb/export?format=csv&unit=" + other.voId()).then().statusCode(403);
        String csrf = staff.csrfFrom("/admin/reports/grading/" + mine.shgId());
        staff.given().formParam("csrf", csrf).post("/admin/reports/grading/" + mine.shgId()).then().statusCode(303);
        staff.given().formParam("csrf", csrf).post("/admin/reports/grading/" + other.shgId()).then().statusCode(403);
    }
}
