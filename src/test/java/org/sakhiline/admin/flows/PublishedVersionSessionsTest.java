package org.sakhiline.admin.flows;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.channel.ussd.UssdTestMembers;
import org.sakhiline.menu.FlowDefinition;
import org.sakhiline.menu.FlowVersion;
import org.sakhiline.menu.store.FlowStore;
import org.sakhiline.testing.ConsoleAuth;

/**
 * A publish from the console changes what new USSD sessions get, never a session already running: it
 * finishes on the version it started with. Through the real Africa's Talking endpoint.
 */
@QuarkusTest
class PublishedVersionSessionsTest {

    static final String OLD_PIN_PROMPT = "अपना पिन डालें:";
    static final String NEW_PIN_PROMPT = "कृपया अपना 4 अंकों का पिन डालें:";

    @Inject
    ConsoleFlows flows;
    @Inject
    FlowStore store;
    @Inject
    UssdTestMembers members;
    @Inject
    AgroalDataSource dataSource;

    FlowDefinition original;

    @BeforeEach
    void cleanSlate() {
        original = flows.begin();
    }

    @AfterEach
    void putMainBack() {
        flows.restore(original);
    }

    /** One Africa's Talking session: inputs so far joined by '*'. */
    static final class Dial {
        final String id = "ATUid_" + UUID.randomUUID();
        final String phone;
        final List<String> inputs = new ArrayList<>();

        Dial(String phone) {
            this.phone = phone;
        }

        String send(String input) {
            if (input != null) {
                inputs.add(input);
            }
            return given().header("X-Gateway-Key", "test-gateway-secret")
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("sessionId", id).formParam("serviceCode", "*123#").formParam("phoneNumber", phone)
                    .formParam("text", String.join("*", inputs)).post("/ussd/africastalking")
                    .then().statusCode(200).extract().asString();
        }
    }

    @Test
    void aSessionKeepsTheVersionItStartedOnAndANewOneGetsThePublishedOne() throws SQLException {
        String phone = UssdTestMembers.phone();
        members.member(members.shg(), "Sunita Devi", "सुनीता देवी", "hi", ScriptVariant.NATIVE, "1234", phone);
        FlowVersion before = store.current("main");

        Dial running = new Dial(phone);
        assertTrue(running.send(null).startsWith("CON 1 बचत"));

        // publish through the console: a clearer Hindi PIN prompt
        ConsoleAuth.Session admin = ConsoleAuth.signInAsAdmin();
        String csrf = admin.csrfFrom("/admin/flows");
        admin.given().formParam("csrf", csrf).formParam("versionId", before.id()).post("/admin/flows/main/draft/start")
                .then().statusCode(303);
        int revision = ConsoleFlows.revision(admin.given().get("/admin/flows/main/draft"));
        ConsoleFlows.draftForm(admin, csrf, revision, flows.mainWith("hi", "enter_pin", NEW_PIN_PROMPT))
                .post("/admin/flows/main/draft").then().statusCode(303);
        admin.given().formParam("csrf", csrf).formParam("note", "clearer PIN prompt").formParam("revision", revision + 1)
                .post("/admin/flows/main/draft/publish").then().statusCode(303);
        FlowVersion after = store.current("main");
        assertEquals(before.number() + 1, after.number());

        // the session that was running finishes on its own version
        assertEquals("CON " + OLD_PIN_PROMPT + "\n0 पीछे", running.send("1"));
        Dial fresh = new Dial(phone);
        fresh.send(null);
        assertEquals("CON " + NEW_PIN_PROMPT + "\n0 पीछे", fresh.send("1"));
        assertTrue(running.send("1234").startsWith("CON आपकी बचत:"));

        assertEquals(before.id(), versionOf("at:" + running.id));
        assertEquals(after.id(), versionOf("at:" + fresh.id));
    }

    private long versionOf(String sessionKey) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT flow_version_id FROM menu_session WHERE session_key = ?")) {
            ps.setString(1, sessionKey);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "no session " + sessionKey);
                return rs.getLong(1);
            }
        }
    }
}
