package org.sakhiline.channel.sms;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sakhiline.testing.TwilioSignatures;
import org.sakhiline.testing.TwilioStubResource;

/** Inbound SMS as Twilio posts them to {@code /sms/twilio}: the form, its signature, the TwiML reply. */
public final class SignedSms {

    /** %test sakhiline.public-base-url + the webhook path: what Twilio signs. */
    static final String PUBLIC_URL = "https://sakhiline.test/sms/twilio";
    private static final Pattern CODE = Pattern.compile("YES ([0-9]{6})");

    private SignedSms() {}

    public static String sid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    public static Map<String, String> form(String sid, String from, String body) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("MessageSid", sid);
        f.put("SmsSid", sid);
        f.put("AccountSid", TwilioStubResource.ACCOUNT_SID);
        f.put("From", from);
        f.put("To", TwilioStubResource.FROM);
        f.put("Body", body);
        f.put("NumSegments", "1");
        f.put("NumMedia", "0");
        f.put("ApiVersion", "2010-04-01");
        return f;
    }

    public static ValidatableResponse post(Map<String, String> form, String signature) {
        var request = given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form);
        if (signature != null) {
            request = request.header("X-Twilio-Signature", signature);
        }
        return request.when().post("/sms/twilio").then();
    }

    public static String twiml(Map<String, String> form) {
        return post(form, TwilioSignatures.sign(TwilioStubResource.AUTH_TOKEN, PUBLIC_URL, form))
                .statusCode(200).extract().asString();
    }

    /** Sends a signed SMS and returns the inline reply ("" for an empty Response). */
    public static String send(String from, String body) {
        return replyOf(twiml(form(sid(), from, body)));
    }

    public static String replyOf(String twiml) {
        Matcher m = Pattern.compile("<Message>(.*)</Message>", Pattern.DOTALL).matcher(twiml);
        return m.find() ? m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replace("&apos;", "'").replace("&quot;", "\"") : "";
    }

    /** The confirmation code in a "… Reply YES 482193 …" answer. */
    static String code(String reply) {
        Matcher m = CODE.matcher(reply);
        assertTrue(m.find(), "no code in: " + reply);
        return m.group(1);
    }
}
