package org.sakhiline.testing;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Plays Twilio's part in a call: posts the call webhook with a valid X-Twilio-Signature (over the public
 * URL, as Twilio signs it), parses the TwiML answer (DOM), and follows {@code <Gather>} actions with
 * the keys a test presses, or the {@code <Redirect>} when it stays silent.
 */
public final class TwilioVoiceDriver {

    public static final String PUBLIC_BASE = "https://sakhiline.test";
    public static final String OUR_NUMBER = TwilioStubResource.FROM;

    /** One thing the caller hears: a TTS line (text + language) or a recording (URL). */
    public record Heard(String say, String language, String voice, String play) {
        /** "ur/num_25" for a recording. */
        public String clip() {
            if (play == null) {
                return null;
            }
            String path = URI.create(play).getPath();
            String file = path.substring(path.lastIndexOf('/') + 1);
            String dir = path.substring(0, path.lastIndexOf('/'));
            return dir.substring(dir.lastIndexOf('/') + 1) + "/" + file.substring(0, file.lastIndexOf('.'));
        }
    }

    /** A {@code <Gather>}'s attributes. */
    public record Gather(String action, String input, Integer numDigits, String finishOnKey, Integer timeout) {}

    /**
     * One TwiML answer.
     *
     * @param heard   what is said before a key is expected (inside the Gather, or before a Hangup)
     * @param after   what is said after the Gather when no key came
     */
    public record Turn(int status, String contentType, String xml, List<Heard> heard, Gather gather, List<Heard> after,
                       String redirect, boolean hangup) {

        /** Everything said by TTS, in order, joined by a space. */
        public String said() {
            return String.join(" ", heard.stream().filter(h -> h.say() != null).map(Heard::say).toList());
        }

        /** The recordings played, as lang/clip. */
        public List<String> played() {
            return heard.stream().filter(h -> h.play() != null).map(Heard::clip).toList();
        }

        public List<String> languages() {
            return heard.stream().filter(h -> h.say() != null).map(Heard::language).distinct().toList();
        }
    }

    /** A call in progress. */
    public static final class Call {
        public final String callSid;
        public final String from;
        public final String to;
        public final String direction;
        private Turn turn;

        Call(String callSid, String from, String to, String direction) {
            this.callSid = callSid;
            this.from = from;
            this.to = to;
            this.direction = direction;
        }

        public Turn turn() {
            return turn;
        }

        /** Presses keys in the current Gather (Twilio posts them to its action URL). */
        public Turn press(String digits) {
            if (turn.gather() == null) {
                throw new IllegalStateException("the call is not waiting for keys: " + turn.xml());
            }
            Map<String, String> form = form(this);
            form.put("Digits", digits);
            form.put("FinishedOnKey", "");
            turn = post(turn.gather().action(), form, true);
            return turn;
        }

        /** Lets the Gather time out: Twilio goes on to the Redirect after it. */
        public Turn silence() {
            if (turn.redirect() == null) {
                throw new IllegalStateException("no Redirect after the Gather: " + turn.xml());
            }
            turn = post(turn.redirect(), form(this), true);
            return turn;
        }
    }

    private TwilioVoiceDriver() {}

    /** Dials the service from {@code from}. */
    public static Call dial(String from) {
        Call call = new Call(callSid(), from, OUR_NUMBER, "inbound");
        call.turn = post(PUBLIC_BASE + "/voice/twilio", form(call), true);
        return call;
    }

    /** Twilio fetching the TwiML of an outbound call it placed with {@code url}, answered by {@code to}. */
    public static Call answerOutbound(String url, String to) {
        Call call = new Call(callSid(), OUR_NUMBER, to, "outbound-api");
        call.turn = post(url, form(call), true);
        return call;
    }

    public static String callSid() {
        return "CA" + UUID.randomUUID().toString().replace("-", "");
    }

    static Map<String, String> form(Call call) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", TwilioStubResource.ACCOUNT_SID);
        form.put("ApiVersion", "2010-04-01");
        form.put("CallSid", call.callSid);
        form.put("CallStatus", "in-progress");
        form.put("Direction", call.direction);
        form.put("From", call.from);
        form.put("To", call.to);
        form.put("Caller", call.from);
        form.put("Called", call.to);
        return form;
    }

    /** POSTs a form to a public URL of the service, signed as Twilio would (or not). */
    public static Turn post(String publicUrl, Map<String, String> form, boolean sign) {
        Response r = send(publicUrl, form, sign ? TwilioSignatures.sign(TwilioStubResource.AUTH_TOKEN, publicUrl, form) : null);
        return parse(r.statusCode(), r.contentType(), r.asString());
    }

    /** POSTs with a given signature header (null for none) and returns the raw response. */
    public static Response send(String publicUrl, Map<String, String> form, String signature) {
        if (!publicUrl.startsWith(PUBLIC_BASE)) {
            throw new IllegalArgumentException("not a URL of the service: " + publicUrl);
        }
        URI uri = URI.create(publicUrl);
        var request = given().urlEncodingEnabled(false).contentType("application/x-www-form-urlencoded; charset=UTF-8");
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        request = request.body(body.toString());
        if (signature != null) {
            request = request.header("X-Twilio-Signature", signature);
        }
        return request.when().post(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Turn parse(int status, String contentType, String xml) {
        if (status != 200) {
            return new Turn(status, contentType, xml, List.of(), null, List.of(), null, false);
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            Element response = doc.getDocumentElement();
            if (!"Response".equals(response.getTagName())) {
                throw new AssertionError("not TwiML: " + xml);
            }
            List<Heard> heard = new ArrayList<>();
            List<Heard> after = new ArrayList<>();
            Gather gather = null;
            String redirect = null;
            boolean hangup = false;
            NodeList children = response.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (!(children.item(i) instanceof Element e)) {
                    continue;
                }
                switch (e.getTagName()) {
                    case "Gather" -> {
                        if (gather != null) {
                            throw new AssertionError("two Gathers: " + xml);
                        }
                        gather = new Gather(e.getAttribute("action"), e.getAttribute("input"), integer(e, "numDigits"),
                                e.hasAttribute("finishOnKey") ? e.getAttribute("finishOnKey") : null, integer(e, "timeout"));
                        NodeList inner = e.getChildNodes();
                        for (int j = 0; j < inner.getLength(); j++) {
                            if (inner.item(j) instanceof Element s) {
                                heard.add(heard(s, xml));
                            }
                        }
                    }
                    case "Say", "Play" -> (gather == null ? heard : after).add(heard(e, xml));
                    case "Redirect" -> redirect = e.getTextContent().strip();
                    case "Hangup" -> hangup = true;
                    default -> throw new AssertionError("unexpected verb " + e.getTagName() + ": " + xml);
                }
            }
            return new Turn(status, contentType, xml, heard, gather, after, redirect, hangup);
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("unparsable TwiML: " + xml, e);
        }
    }

    private static Heard heard(Element e, String xml) {
        return switch (e.getTagName()) {
            case "Say" -> new Heard(e.getTextContent(), e.getAttribute("language"),
                    e.hasAttribute("voice") ? e.getAttribute("voice") : null, null);
            case "Play" -> new Heard(null, null, null, e.getTextContent().strip());
            default -> throw new AssertionError("unexpected verb " + e.getTagName() + " in a Gather: " + xml);
        };
    }

    private static Integer integer(Element e, String name) {
        return e.hasAttribute(name) ? Integer.valueOf(e.getAttribute(name)) : null;
    }
}
