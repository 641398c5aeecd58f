package org.sakhiline.admin.simulator;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.access.ConsoleRole;
import org.sakhiline.access.ConsoleUsers;
import org.sakhiline.admin.flows.ConsoleFlows;
import org.sakhiline.admin.flows.FlowDrafts;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.books.org.Country;
import org.sakhiline.books.staff.NewStaff;
import org.sakhiline.books.staff.StaffDirectory;
import org.sakhiline.books.staff.StaffRole;
import org.sakhiline.channel.ussd.UssdTestMembers;
import org.sakhiline.menu.FlowDefinition;
import org.sakhiline.menu.store.FlowStore;
import org.sakhiline.support.i18n.Money;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.ConsoleAuth;

/**
 * The simulator over HTTP: USSD on the draft and on the published version, SMS dry runs and a voice
 * transcript, for a real member with real books, and proof that nothing real is touched.
 */
@QuarkusTest
class SimulatorTest {

    static final String DRAFT_LABEL = "मेरी बचत";
    static final Pattern SIM = Pattern.compile("name=\"sim\" value=\"([0-9a-f]{32})\"");

    @Inject
    ConsoleFlows flows;
    @Inject
    FlowDrafts drafts;
    @Inject
    FlowStore store;
    @Inject
    UssdTestMembers members;
    @Inject
    BooksFixtures fixtures;
    @Inject
    MemberDirectory directory;

    @Inject
    StaffDirectory staffDirectory;
    @Inject
    ConsoleUsers users;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    org.sakhiline.testing.SheetFixtures sheetFixtures;
    @Inject
    org.sakhiline.books.sheets.MeetingSheets sheets;

    FlowDefinition original;
    ConsoleAuth.Session admin;
    String csrf;
    String phone;
    long shg;
    long paise = 1_234_500;

    @BeforeEach
    void memberAndDraft() {
        original = flows.begin();
        shg = members.shg();
        phone = UssdTestMembers.phone();
        long id = members.member(shg, "Sunita Devi", "सुनीता देवी", "hi", ScriptVariant.NATIVE, "1234", phone);
        members.deposit(id, paise, LocalDate.of(2025, 1, 6));
        admin = ConsoleAuth.signInAsAdmin();
        csrf = admin.csrfFrom("/admin/simulator");
    }

    @AfterEach
    void putMainBack() {
        flows.restore(original);
    }

    /** Posts a simulator form and follows its redirect to the simulation's page. */
    private Response act(String path, String... fields) {
        var req = admin.given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf", csrf);
        for (int i = 0; i < fields.length; i += 2) {
            req.formParam(fields[i], fields[i + 1]);
        }
        Response r = req.post(path);
        r.then().statusCode(303);
        return admin.given().get(r.header("Location"));
    }

    private static String sim(Response page) {
        Matcher m = SIM.matcher(page.asString());
        assertTrue(m.find(), "no simulation on the page");
        return m.group(1);
    }

    private static String screen(Response page) {
        Matcher m = Pattern.compile("<pre id=\"screen\" dir=\"auto\">([^<]*)</pre>").matcher(page.asString());
        assertTrue(m.find(), page.asString());
        return m.group(1);
    }

    @Test
    void ussdOnTheDraftShowsTheDraftTextAndThePublishedVersionDoesNot() throws SQLException {
        drafts.start("main", store.current("main").id(), "admin");
        int revision = drafts.find("main").orElseThrow().revision;
        drafts.save("main", flows.mainWith("hi", "opt_balance", DRAFT_LABEL), revision, "admin");

        Response draft = act("/admin/simulator/ussd/dial", "phone", phone, "source", "draft", "flow", "main");
        draft.then().statusCode(200).body(containsString("id=\"mode\" data-mode=\"CON\">waits for a reply<"));
        assertTrue(screen(draft).startsWith("1 " + DRAFT_LABEL + "\n2 "), screen(draft));

        Response published = act("/admin/simulator/ussd/dial", "phone", phone, "source", "published", "flow", "main");
        assertTrue(screen(published).startsWith("1 बचत\n2 "), screen(published));
        assertFalse(published.asString().contains(DRAFT_LABEL));

        // walk on the draft: a key from the keypad, then a typed PIN (the simulator never checks her real one)
        String sim = sim(draft);
        Response pin = act("/admin/simulator/ussd/send", "sim", sim, "key", "1");
        assertEquals("अपना पिन डालें:\n0 पीछे", screen(pin));
        Response wrong = act("/admin/simulator/ussd/send", "sim", sim, "input", "0000");
        assertTrue(screen(wrong).startsWith("गलत पिन।"), screen(wrong));
        Response balance = act("/admin/simulator/ussd/send", "sim", sim, "input", "9876");
        assertTrue(screen(balance).startsWith("आपकी बचत: " + Money.format(paise, "hi")), screen(balance));
        balance.then().body(containsString("class=\"entry you\""), containsString("*123#"));

        assertEquals(0, count("SELECT COUNT(*) FROM menu_session WHERE phone_e164 = ?", phone), "no real session");
        assertEquals(0, count("SELECT pin_failed_attempts FROM member m JOIN member_phone p ON p.member_id = m.id"
                + " WHERE p.phone_e164 = ?", phone), "her PIN record untouched");
    }

    @Test
    void aBookkeeperWalksHerMeetingSheetAndNothingIsWritten() {
        org.sakhiline.testing.SheetFixtures.Group g = sheetFixtures.group(3, "en");
        Response dial = act("/admin/simulator/ussd/dial", "phone", g.phones().get(1), "source", "published", "flow", "main");
        String sim = sim(dial);
        act("/admin/simulator/ussd/send", "sim", sim, "input", "4321"); // her first PIN, accepted on screen and forgotten
        assertTrue(screen(act("/admin/simulator/ussd/send", "sim", sim, "input", "4321")).contains("3 Meetings"));
        assertEquals("1 Next meeting\n2 Record meeting\n0 Back", screen(act("/admin/simulator/ussd/send", "sim", sim, "key", "3")));
        assertTrue(screen(act("/admin/simulator/ussd/send", "sim", sim, "key", "2")).startsWith("Record which meeting?\n1 "));
        assertTrue(screen(act("/admin/simulator/ussd/send", "sim", sim, "key", "1")).startsWith("Member 1\nSavings Rs 100"));
        assertTrue(screen(act("/admin/simulator/ussd/send", "sim", sim, "key", "1")).startsWith("Member 2\n"));
        assertTrue(sheets.forMeeting(g.meetingId()).isEmpty(), "the simulator opens no sheet");
    }

    @Test
    void aDraftThatCannotBeWalkedIsRefusedWithItsProblems() {
        drafts.start("main", store.current("main").id(), "admin");
        int revision = drafts.find("main").orElseThrow().revision;
        var files = flows.mainWith("hi", "opt_balance", "x");
        drafts.save("main", new org.sakhiline.admin.flows.FlowFiles(files.flowYaml().replace("target: balance_screen",
                "target: nowhere").replace("on: {ok: balance_screen}", "on: {ok: nowhere}"), files.texts()), revision, "admin");
        admin.given().formParam("csrf", csrf).formParam("phone", phone).formParam("source", "draft").formParam("flow", "main")
                .post("/admin/simulator/ussd/dial").then().statusCode(422)
                .body(containsString("cannot be walked"), containsString("nowhere"));
    }

    @Test
    void smsIsADryRunThatRecordsAndSendsNothing() throws SQLException {
        long inbound = count("SELECT COUNT(*) FROM sms_inbound", null);
        long outbox = count("SELECT COUNT(*) FROM outbox_message", null);

        Response bal = act("/admin/simulator/sms/send", "phone", phone, "input", "BAL");
        bal.then().statusCode(200).body(containsString("सुनीता देवी: आपकी बचत " + Money.format(paise, "hi")),
                containsString("UCS-2"), containsString("<span class=\"segments\">1 part(s)</span>"));
        String sim = sim(bal);
        Response hindi = act("/admin/simulator/sms/send", "sim", sim, "phone", phone, "input", "लेनदेन");
        hindi.then().body(containsString("class=\"entry you\""), containsString("लेनदेन"));
        assertEquals(sim, sim(hindi), "the same thread");
        act("/admin/simulator/sms/send", "sim", sim, "phone", phone, "input", "LANG english")
                .then().body(containsString("Language changed: English."));

        String mitraPhone = BooksFixtures.phone();
        staffDirectory.createStaff(new NewStaff("Rupa Sinha", mitraPhone, StaffRole.BANK_MITRA, shg, "hi"));
        act("/admin/simulator/sms/send", "phone", mitraPhone, "input", "DEP IN-SHG-00001 1 500")
                .then().body(containsString("class=\"entry note\""), containsString("the simulator does not run them"));

        assertEquals(inbound, count("SELECT COUNT(*) FROM sms_inbound", null));
        assertEquals(outbox, count("SELECT COUNT(*) FROM outbox_message", null));
        assertEquals("hi", language(phone), "LANG in the simulator does not change her profile");
    }

    @Test
    void aVoiceCallIsATranscriptOfWhatIsSaidAndTheKeysOffered() {
        Response call = act("/admin/simulator/voice/call", "phone", phone, "source", "published", "flow", "main");
        call.then().statusCode(200).body(containsString("सखीलाइन में आपका स्वागत है।"), containsString("(hi-IN"),
                containsString("<kbd>1 = बचत</kbd>"), containsString("<kbd>* = repeat</kbd>"));
        Response pin = act("/admin/simulator/voice/press", "sim", sim(call), "key", "1");
        pin.then().body(containsString("presses 1"), containsString("<kbd>4 digits, then #</kbd>"));

        String urduPhone = UssdTestMembers.phone();
        members.member(shg, "Naseem Akhtar", "نسیم اختر", "ur", ScriptVariant.NATIVE, "1234", urduPhone);
        act("/admin/simulator/voice/call", "phone", urduPhone, "source", "published", "flow", "main")
                .then().body(containsString("<span class=\"play\">plays</span> <code>ur/"));
    }

    @Test
    void staffSimulateOnlyTheirOwnMembersAndOnlyTheirOwnSessions() {
        String name = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, "staff-password-123", ConsoleRole.STAFF, fixtures.vo(Country.IN), "Elsewhere");
        ConsoleAuth.Session staff = ConsoleAuth.signIn(name, "staff-password-123");
        String staffCsrf = staff.csrfFrom("/admin/simulator");
        staff.given().formParam("csrf", staffCsrf).formParam("phone", phone).formParam("source", "published")
                .formParam("flow", "main").post("/admin/simulator/ussd/dial").then().statusCode(403);
        staff.given().queryParam("q", phone).get("/admin/simulator").then().statusCode(200)
                .body(containsString("No member found"), not(containsString("Sunita")));
        admin.given().queryParam("q", phone).get("/admin/simulator").then().body(containsString("Sunita Devi"),
                containsString("phone=%2B" + phone.substring(1) + "&amp;"), containsString("class=\"pick-member\""));

        Response mine = act("/admin/simulator/ussd/dial", "phone", phone, "source", "published", "flow", "main");
        staff.given().formParam("csrf", staffCsrf).formParam("sim", sim(mine)).formParam("key", "1")
                .post("/admin/simulator/ussd/send").then().statusCode(404);
        admin.given().formParam("phone", phone).post("/admin/simulator/ussd/dial").then().statusCode(403);
    }

    private long count(String sql, String param) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) {
                ps.setString(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private String language(String phone) {
        return directory.activeMembersByPhone(phone).get(0).language();
    }
}
