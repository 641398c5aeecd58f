package org.sakhiline.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.ConsoleAuth;
import org.sakhiline.testing.ScopedBooks;

/**
 * Imports through the API with real files: CSV as Excel writes it in three encodings, an XLSX written by
 * POI, every kind of bad value answered as a row problem, a file with problems importing nothing, re-imports
 * that change nothing, and a staff user's row outside her part of the federation.
 */
@QuarkusTest
class ImportApiTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Inject
    ScopedBooks scoped;

    @Inject
    EntityManager em;

    /** A federation with one VO and two SHGs, unique codes per test. */
    record Tree(String clf, String vo, String shg1, String shg2) {
        static Tree fresh() {
            String s = BooksFixtures.unique("").substring(1, 7).toUpperCase();
            return new Tree("CLF" + s, "VO" + s, "SHGA" + s, "SHGB" + s);
        }

        String csv() {
            return "code,name,native_name,level,parent_code,country,district,time_zone\n"
                    + clf + ",Cachar CLF,कछार,CLF,,IN,Cachar,\n"
                    + shg1 + ",Lakshmi SHG,लक्ष्मी,SHG," + vo + ",IN,Cachar,Asia/Kolkata\n"   // child before its parent
                    + vo + ",Silchar VO,,VO," + clf + ",IN,Cachar,\n"
                    + "\n"                                                                  // a blank line is skipped
                    + shg2 + ",Durga SHG,দুর্গা,shg," + vo + ",in,Cachar,\n";
        }
    }

    static Response upload(RequestSpecification as, String kind, byte[] body, String type, boolean dryRun) {
        return as.log().ifValidationFails().contentType(type).queryParam("dryRun", dryRun).queryParam("fileName", kind + ".csv").body(body)
                .post("/api/v1/imports/" + kind);
    }

    static Response upload(String kind, byte[] body, String type, boolean dryRun) {
        return upload(ConsoleAuth.asAdmin(), kind, body, type, dryRun);
    }

    static byte[] utf8Bom(String s) {
        byte[] text = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[text.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(text, 0, out, 3, text.length);
        return out;
    }

    /** Excel's "Unicode text": UTF-16 LE with a BOM, tab-separated. */
    static byte[] utf16Tabs(String csv) {
        byte[] text = csv.replace(',', '\t').getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[text.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(text, 0, out, 2, text.length);
        return out;
    }

    static byte[] xlsx(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("loans");
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd-mmm-yy"));
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    var cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof java.time.LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    } else {
                        cell.setCellValue(String.valueOf(v));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private long count(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    private String membersCsv(Tree t) {
        return "shg_code,member_no,name,native_name,phones,language,role,joined_on,status\n"
                + "समूह कोड,सदस्य संख्या,नाम,अपनी लिपि में नाम,फ़ोन,भाषा,भूमिका,तारीख,स्थिति\n"    // Hindi hints, skipped
                + t.shg1() + ",1,Sunita Devi,सुनीता देवी,098765 43210; +91 98765-43211,hi,LEADER,03/11/2024,ACTIVE\n"
                + t.shg1() + ",२,Rekha Kumari,रेखा कुमारी,9876543212,hi-Latn,,2024-11-03,\n"
                + t.shg2() + ",1,Sabita Das,সবিতা দাস,,bn,BOOKKEEPER,45599,ACTIVE\n";
    }

    @Test
    void aFederationMovesInFromFilesInThreeEncodingsAndAnXlsx() throws IOException {
        Tree t = Tree.fresh();
        upload("org-units", utf8Bom(t.csv()), "text/csv", true).then().statusCode(200)
                .body("dryRun", equalTo(true)).body("imported", equalTo(false)).body("created", equalTo(4));
        assertEquals(0, count("SELECT COUNT(*) FROM org_unit WHERE code = ?1", t.clf()), "a dry run writes nothing");
        upload("org-units", utf8Bom(t.csv()), "text/csv", false).then().statusCode(200)
                .body("imported", equalTo(true)).body("created", equalTo(4)).body("rows", equalTo(4));

        upload("members", utf16Tabs(membersCsv(t)), "text/plain", false).then().statusCode(200)
                .body("created", equalTo(3));
        long sunita = count("SELECT m.id FROM member m JOIN org_unit o ON o.id = m.shg_id WHERE o.code = ?1 AND m.member_no = 1", t.shg1());
        assertEquals(2, count("SELECT COUNT(*) FROM member_phone WHERE member_id = ?1 AND phone_e164 IN ('+919876543210', '+919876543211')", sunita));
        assertEquals(1, count("SELECT COUNT(*) FROM member m JOIN org_unit o ON o.id = m.shg_id WHERE o.code = ?1"
                + " AND m.member_no = 2 AND m.script = 'ROMAN' AND m.joined_on = '2024-11-03'", t.shg1()));
        assertEquals(1, count("SELECT COUNT(*) FROM member m JOIN org_unit o ON o.id = m.shg_id WHERE o.code = ?1"
                + " AND m.joined_on = '2024-11-03' AND m.name_native = 'সবিতা দাস'", t.shg2()), "an Excel serial date");

        // Excel's CSV on an English Windows: Windows-1252 (the ’ is 0x92), here with semicolons and an extra column.
        String balances = "shg_code;member_no;as_of;balance_rupees;note\n" + t.shg1() + ";1;31/10/2026;\"1,25,000\";\n"
                + t.shg1() + ";2;2026-10-31;Rs. 500.50;\n" + t.shg2() + ";1;31.10.2026;1250;Sabita’s passbook\n";
        upload("savings-balances", balances.getBytes(WINDOWS_1252), "text/csv", false).then().statusCode(200)
                .body("created", equalTo(3));
        ConsoleAuth.asAdmin().get("/api/v1/members/" + sunita + "/savings").then().statusCode(200)
                .body("balancePaise", equalTo(1_25_000_00));
        assertEquals(1, count("SELECT COUNT(*) FROM savings_txn WHERE member_id = ?1 AND type = 'OPENING_BALANCE'"
                + " AND channel = 'IMPORT' AND actor = 'import:admin' AND idempotency_key = ?2", sunita, "import:opening:" + sunita + ":2026-10-31"));

        byte[] loans = xlsx(List.of(
                List.of("shg_code", "member_no", "loan_ref", "source", "principal_rupees", "charge_method", "annual_rate_percent",
                        "frequency", "instalments", "disbursed_on", "outstanding_principal_rupees", "as_of"),
                List.of(t.shg1(), 1, "L-" + t.shg1() + "-1", "CIF", 12000, "FLAT", 12, "MONTHLY", 12,
                        java.time.LocalDate.of(2026, 5, 3), 6000, java.time.LocalDate.of(2026, 11, 3))));
        upload("loans", loans, XLSX, false).then().statusCode(200).body("created", equalTo(1));
        // From 3 Nov 2026, the original due dates after it are 3 Dec .. 3 May: 6 instalments of Rs 1,000 plus
        // 1% a month on the Rs 6,000 outstanding (Rs 60 each).
        JsonPath loan = ConsoleAuth.asAdmin().get("/api/v1/members/" + sunita + "/loans").then().statusCode(200).extract().jsonPath();
        assertEquals(1, loan.getList("").size());
        assertEquals(6, loan.getInt("[0].instalmentCount"));
        assertEquals(6_000_00 + 6 * 60_00, loan.getInt("[0].totalDuePaise"));
        assertEquals("2026-12-03", loan.getString("[0].instalments[0].dueDate"));
    }

    @Test
    void everyBadValueIsARowProblemAndNothingIsImported() {
        Tree t = Tree.fresh();
        upload("org-units", t.csv().getBytes(StandardCharsets.UTF_8), "text/csv", false).then().statusCode(200);
        String pk = "LSO" + t.clf();
        String orgs = "code,name,level,parent_code,country\n"
                + "X1" + t.vo() + ",Loop one,VO,X2" + t.vo() + ",IN\n"
                + "X2" + t.vo() + ",Loop two,VO,X1" + t.vo() + ",IN\n"
                + "X3" + t.vo() + ",Orphan,SHG,NOPE-" + t.vo() + ",IN\n"
                + pk + ",Matiari LSO,LSO,,PK\n"
                + "X4" + t.vo() + ",Across the border,VO," + t.clf() + ",PK\n"
                + "X5" + t.vo() + ",Bad level,CO,,IN\n";
        Response r = upload("org-units", orgs.getBytes(StandardCharsets.UTF_8), "text/csv", false);
        r.then().statusCode(422).contentType("application/problem+json")
                .body("problems.reason", hasItem(containsString("cycle")))
                .body("problems.reason", hasItem(containsString("no org unit has this code")))
                .body("problems.reason", hasItem(containsString("cannot sit under another country")))
                .body("problems.reason", hasItem(containsString("not a level used in IN")));
        assertEquals(0, count("SELECT COUNT(*) FROM org_unit WHERE code = ?1", pk), "the good row is not imported either");

        String members = "shg_code,member_no,name,phones,language,role,joined_on,status\n"
                + t.shg1() + ",1,Asha,+91 12345,hi,MEMBER,2024-01-01,ACTIVE\n"           // row 2: a phone that cannot exist
                + t.shg1() + ",1,Asha again,,hi,MEMBER,2024-01-01,ACTIVE\n"              // row 3: duplicate member number
                + t.shg1() + ",x,,,klingon,CHIEF,31/02/2024,GONE\n"                      // row 4: five bad values
                + "NOSUCH,3,Nobody,,hi,,,\n";                                            // row 5: unknown group
        JsonPath p = upload("members", members.getBytes(StandardCharsets.UTF_8), "text/csv", false).then().statusCode(422)
                .extract().jsonPath();
        List<Map<String, Object>> problems = p.getList("problems");
        assertTrue(problems.contains(Map.of("row", 2, "column", "phones", "value", "+91 12345",
                "reason", "is not a phone number that can exist in IN")), problems::toString);
        assertTrue(problems.stream().anyMatch(x -> x.get("row").equals(3) && "member_no".equals(x.get("column"))
                && String.valueOf(x.get("reason")).contains("already on row 2")), problems::toString);
        for (String column : List.of("member_no", "name", "language", "role", "joined_on", "status")) {
            assertTrue(problems.stream().anyMatch(x -> x.get("row").equals(4) && column.equals(x.get("column"))), column);
        }
        assertTrue(problems.stream().anyMatch(x -> x.get("row").equals(5) && "shg_code".equals(x.get("column"))));
        assertEquals(0, count("SELECT COUNT(*) FROM member m JOIN org_unit o ON o.id = m.shg_id WHERE o.code = ?1", t.shg1()));

        upload("members", membersCsv(t).getBytes(StandardCharsets.UTF_8), "text/csv", false).then().statusCode(200);
        String balances = "shg_code,member_no,as_of,balance_rupees\n"
                + t.shg1() + ",1,2026-10-31,-5\n" + t.shg1() + ",2,2099-01-01,12.345\n" + t.shg1() + ",9,2026-10-31,100\n";
        upload("savings-balances", balances.getBytes(StandardCharsets.UTF_8), "text/csv", false).then().statusCode(422)
                .body("problems", hasSize(4))
                .body("problems.reason", hasItem("must not be negative"))
                .body("problems.reason", hasItem("is in the future"))
                .body("problems.reason", hasItem("has more than 2 decimals (paise)"))
                .body("problems.reason", hasItem("no member has this number in group " + t.shg1()));
        String loans = "shg_code,member_no,loan_ref,source,principal_rupees,charge_method,annual_rate_percent,frequency,"
                + "instalments,disbursed_on,outstanding_principal_rupees,as_of\n"
                + t.shg1() + ",1,L1,LOTTERY,abc,SIMPLE,twelve,DAILY,0,2026-13-01,900,2026-11-01\n";
        upload("loans", loans.getBytes(StandardCharsets.UTF_8), "text/csv", true).then().statusCode(422)
                .body("problems.column", equalTo(List.of("source", "principal_rupees", "charge_method", "annual_rate_percent",
                        "frequency", "instalments", "disbursed_on")));
    }

    @Test
    void aHundredRowFileWithThreeBadRowsImportsNothing() {
        Tree t = Tree.fresh();
        upload("org-units", t.csv().getBytes(StandardCharsets.UTF_8), "text/csv", false).then().statusCode(200);
        StringBuilder csv = new StringBuilder("shg_code,member_no,name,phones,joined_on\n");
        for (int i = 1; i <= 100; i++) {
            String phone = i == 10 ? "12" : "+9199" + String.format("%08d", 70_000_000 + i);
            String joined = i == 50 ? "someday" : "2024-01-01";
            String name = i == 90 ? "" : "Member " + i;
            csv.append(t.shg1()).append(',').append(i).append(',').append(name).append(',').append(phone).append(',').append(joined).append('\n');
        }
        upload("members", csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv", false).then().statusCode(422)
                .body("result.rows", equalTo(100)).body("result.imported", equalTo(false))
                .body("problems.row", equalTo(List.of(11, 51, 91)));
        assertEquals(0, count("SELECT COUNT(*) FROM member m JOIN org_unit o ON o.id = m.shg_id WHERE o.code = ?1", t.shg1()));
    }

    @Test
    void reImportingChangesNothingTheSecondTimeAndUpdatesInPlace() throws IOException {
        Tree t = Tree.fresh();
        byte[] orgs = t.csv().getBytes(StandardCharsets.UTF_8);
        upload("org-units", orgs, "text/csv", false).then().statusCode(200).body("created", equalTo(4));
        upload("org-units", orgs, "text/csv", false).then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(4));
        byte[] members = membersCsv(t).getBytes(StandardCharsets.UTF_8);
        upload("members", members, "text/csv", false).then().statusCode(200).body("created", equalTo(3));
        upload("members", members, "text/csv", false).then().statusCode(200).body("unchanged", equalTo(3));
        byte[] renamed = membersCsv(t).replace("Rekha Kumari", "Rekha Devi").getBytes(StandardCharsets.UTF_8);
        upload("members", renamed, "text/csv", false).then().statusCode(200)
                .body("updated", equalTo(1)).body("unchanged", equalTo(2));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'member.import' AND before_json LIKE '%Rekha Kumari%'"
                + " AND after_json LIKE '%Rekha Devi%'"));
        assertEquals(1, count("SELECT COUNT(*) FROM member m JOIN org_unit o ON o.id = m.shg_id WHERE o.code = ?1 AND m.member_no = 2", t.shg1()));

        byte[] balance = ("shg_code,member_no,as_of,balance_rupees\n" + t.shg1() + ",1,2026-10-31,1000\n").getBytes(StandardCharsets.UTF_8);
        upload("savings-balances", balance, "text/csv", false).then().statusCode(200).body("created", equalTo(1));
        upload("savings-balances", balance, "text/csv", false).then().statusCode(200).body("unchanged", equalTo(1));
        byte[] other = ("shg_code,member_no,as_of,balance_rupees\n" + t.shg1() + ",1,2026-10-31,1200\n").getBytes(StandardCharsets.UTF_8);
        upload("savings-balances", other, "text/csv", false).then().statusCode(422)
                .body("problems[0].reason", containsString("correct it with a reversal"));
        assertEquals(1, count("SELECT COUNT(*) FROM savings_txn t JOIN member m ON m.id = t.member_id JOIN org_unit o ON o.id = m.shg_id"
                + " WHERE o.code = ?1 AND t.type = 'OPENING_BALANCE'", t.shg1()));

        String loanHeader = "shg_code,member_no,loan_ref,source,principal_rupees,charge_method,annual_rate_percent,frequency,"
                + "instalments,disbursed_on,outstanding_principal_rupees,as_of\n";
        String ref = "LR-" + t.shg1();
        byte[] loan = (loanHeader + t.shg1() + ",1," + ref + ",SHG,10000,DECLINING,24,MONTHLY,10,2026-06-01,5000,2026-11-01\n")
                .getBytes(StandardCharsets.UTF_8);
        upload("loans", loan, "text/csv", false).then().statusCode(200).body("created", equalTo(1));
        upload("loans", loan, "text/csv", false).then().statusCode(200).body("unchanged", equalTo(1));
        byte[] changed = (loanHeader + t.shg1() + ",1," + ref + ",SHG,10000,DECLINING,24,MONTHLY,10,2026-06-01,4000,2026-11-01\n")
                .getBytes(StandardCharsets.UTF_8);
        upload("loans", changed, "text/csv", false).then().statusCode(200).body("updated", equalTo(1));
        assertEquals(1, count("SELECT COUNT(*) FROM loan_import WHERE loan_ref = ?1 AND outstanding_paise = 400000", ref));
        assertEquals(1, count("SELECT COUNT(*) FROM loan l JOIN loan_import li ON li.loan_id = l.id WHERE li.loan_ref = ?1"
                + " AND l.channel = 'IMPORT' AND l.actor = 'import:admin'", ref), "the loan says who brought it in, and how");
        assertEquals(400000, count("SELECT SUM(i.principal_due_paise) FROM loan_instalment i JOIN loan_import li ON li.loan_id = i.loan_id"
                + " WHERE li.loan_ref = ?1", ref));
        assertTrue(count("SELECT COUNT(*) FROM audit_event WHERE action = 'import.org-units' AND actor = 'admin'"
                + " AND summary LIKE '%from org-units.csv: 4 rows, 0 created, 0 updated, 4 unchanged%'") >= 1, "each import is in the audit log");
    }

    @Test
    void aStaffUsersRowOutsideHerSubtreeIsARowProblem() {
        ScopedBooks.Branch mine = scoped.create();
        ScopedBooks.Branch other = scoped.create();
        String csv = "shg_code,member_no,name,phones\n"
                + mine.shgCode() + ",77,Inside,\n"
                + other.shgCode() + ",77,Outside,\n";
        upload(ConsoleAuth.as(mine.staffUser(), ScopedBooks.STAFF_PASSWORD), "members", csv.getBytes(StandardCharsets.UTF_8),
                "text/csv", false).then().statusCode(422)
                .body("problems", hasSize(1))
                .body("problems[0].row", equalTo(3)).body("problems[0].column", equalTo("shg_code"))
                .body("problems[0].reason", equalTo("is outside your part of the federation"));
        String orgs = "code,name,level,parent_code,country\nNEW-" + mine.voCode() + ",New SHG,SHG," + mine.voCode() + ",IN\n";
        upload(ConsoleAuth.as(mine.staffUser(), ScopedBooks.STAFF_PASSWORD), "org-units", orgs.getBytes(StandardCharsets.UTF_8),
                "text/csv", true).then().statusCode(200).body("created", equalTo(1));
    }

    /** One USSD hop as Africa's Talking sends it (the accumulated inputs joined by '*'). */
    private static String ussd(String session, String phone, String text) {
        return io.restassured.RestAssured.given().header("X-Gateway-Key", "test-gateway-secret")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("sessionId", session).formParam("serviceCode", "*384*55#").formParam("phoneNumber", phone)
                .formParam("networkCode", "62120").formParam("text", text).post("/ussd/africastalking")
                .then().statusCode(200).extract().asString();
    }

    @Test
    void anImportedMemberReadsHerBalanceAndDuesOverUssd() {
        Tree t = Tree.fresh();
        upload("org-units", t.csv().getBytes(StandardCharsets.UTF_8), "text/csv", false).then().statusCode(200);
        String phone = "+9199" + String.format("%08d", 60_000_000 + Math.abs(t.shg1().hashCode() % 10_000_000));
        upload("members", ("shg_code,member_no,name,phones,language\n" + t.shg1() + ",1,Asha Das,0" + phone.substring(3) + ",en\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv", false).then().statusCode(200).body("created", equalTo(1));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata"));
        upload("savings-balances", ("shg_code,member_no,as_of,balance_rupees\n" + t.shg1() + ",1," + today.minusDays(20) + ",\"1,25,000\"\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv", false).then().statusCode(200);
        // Twelve monthly instalments; the one due two days ago is the first after the as-of date: overdue now.
        java.time.LocalDate disbursed = today.minusDays(2).minusMonths(6);
        upload("loans", ("shg_code,member_no,loan_ref,source,principal_rupees,charge_method,annual_rate_percent,frequency,"
                + "instalments,disbursed_on,outstanding_principal_rupees,as_of\n" + t.shg1() + ",1,U-" + t.shg1()
                + ",CIF,12000,FLAT,12,MONTHLY,12," + disbursed + ",6000," + today.minusDays(20) + "\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv", false).then().statusCode(200).body("created", equalTo(1));

        String session = "ATUid_" + java.util.UUID.randomUUID();
        assertEquals("CON Set a new 4-digit PIN:", ussd(session, phone, ""));
        ussd(session, phone, "1357");
        assertTrue(ussd(session, phone, "1357*1357").startsWith("CON PIN saved."));
        String balance = ussd(session, phone, "1357*1357*1");
        assertTrue(balance.startsWith("CON Your savings: Rs 1,25,000"), balance);
        String next = "ATUid_" + java.util.UUID.randomUUID();
        assertTrue(ussd(next, phone, "").startsWith("CON 1 Savings"));
        assertEquals("CON Enter your PIN:\n0 Back", ussd(next, phone, "2"));
        String dues = ussd(next, phone, "2*1357");
        // Seven monthly dues were still to come after the as-of date: Rs 6,000 / 7 = Rs 857.14 principal plus
        // 1% a month on the Rs 6,000 outstanding (Rs 60) each; the first fell due two days ago.
        assertTrue(dues.contains("Overdue: Rs 917.14"), dues);
    }
}
