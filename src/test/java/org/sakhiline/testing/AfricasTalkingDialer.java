package org.sakhiline.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One Africa's Talking USSD session as the gateway drives it: form POSTs to {@code /ussd/africastalking} behind
 * the gateway key, {@code text} = every input so far joined by '*', answers {@code CON …} or {@code END …}.
 * A dropped session is a new dialer on the same phone (the network gives it a new session id).
 */
public final class AfricasTalkingDialer {

    /** %test sakhiline.ussd.gateway-secret. */
    public static final String KEY = "test-gateway-secret";

    private final String id;
    private final String phone;
    private final List<String> inputs = new ArrayList<>();
    private String last = "";
    private int hops;
    private final StringBuilder transcript = new StringBuilder();

    public AfricasTalkingDialer(String phone) {
        this(phone, "ATUid_" + UUID.randomUUID());
    }

    public AfricasTalkingDialer(String phone, String sessionId) {
        this.phone = phone;
        this.id = sessionId;
    }

    public String sessionId() {
        return id;
    }

    /** Dial-in: {@code text} is empty. Returns the whole answer ("CON …"). */
    public String dial() {
        return post("");
    }

    /** Types {@code input} and returns the answer. */
    public String send(String input) {
        inputs.add(input);
        return post(String.join("*", inputs));
    }

    /** Sends the option whose label contains {@code label} on the last screen (its digits, as she would read them). */
    public String choose(String label) {
        try {
            return send(option(screen(), label));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nconversation:\n" + transcript, e);
        }
    }

    /** Posts a raw {@code text} (a resent hop). */
    public String post(String text) {
        Response r = given().header("X-Gateway-Key", KEY)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("sessionId", id).formParam("serviceCode", "*384*55#")
                .formParam("phoneNumber", phone).formParam("networkCode", "62120").formParam("text", text)
                .post("/ussd/africastalking");
        String body = r.then().statusCode(200).extract().asString();
        assertTrue(body.startsWith("CON ") || body.startsWith("END "), () -> "not a USSD answer: " + body);
        last = body;
        hops++;
        transcript.append("> ").append(text).append('\n').append(body).append('\n');
        return body;
    }

    /** The gateway's end-of-session notice (a timeout, as the network reports it). */
    public void timedOut() {
        given().header("X-Gateway-Key", KEY).formParam("sessionId", id).formParam("status", "Failed")
                .formParam("errorMessage", "USSD timeout").formParam("durationInMillis", "180000")
                .formParam("hopsCount", String.valueOf(inputs.size() + 1)).post("/ussd/africastalking/events")
                .then().statusCode(200);
    }

    /** Every hop so far: the text sent ("> 3*2580") and the answer, for failure messages. */
    public String transcript() {
        return transcript.toString();
    }

    /** The last screen's text without its CON/END prefix. */
    public String screen() {
        return last.isEmpty() ? "" : last.substring(4);
    }

    public boolean ended() {
        return last.startsWith("END ");
    }

    /** How many hops this session has made. */
    public int hops() {
        return hops;
    }

    /** The digits before the first line of {@code screen} whose label contains {@code label}. */
    public static String option(String screen, String label) {
        for (String line : screen.split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0 && line.substring(0, space).matches("[0-9]+") && line.substring(space + 1).contains(label)) {
                return line.substring(0, space);
            }
        }
        throw new AssertionError("no option '" + label + "' on the screen:\n" + screen);
    }
}
