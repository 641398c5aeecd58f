package org.sakhiline.menu;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;
import org.sakhiline.channel.ussd.UssdConfig;
import org.sakhiline.channel.ussd.UssdScreens;
import org.sakhiline.testing.FixtureBooks;

/**
 * Replays every conversation in {@code menus/<flow>/tests/*.test.yaml} against the engine over the shared
 * members fixture ({@link FixtureBooks#SHARED}), one test per conversation. Each step is checked exactly: the
 * screen, whether it ends, the effects it asks for (applied to the fixture, so later steps see them) and
 * the USSD pages Africa's Talking receives, cut by the channel's own {@link UssdScreens}. Between hops the
 * state goes through JSON, as a channel stores it. {@code -Dflowcases.update=true} rewrites the expectations.
 */
class FlowCasesTest {

    private static final Path MENUS = Path.of("menus");
    /** SMS cases have no flow: SmsCasesTest replays them. */
    private static final Path SMS_CASES = Path.of("menus", "sms");
    private static final String DEFAULT_NOW = "2025-02-17T05:00:00Z";
    private static final CaseFiles.Fields CONVERSATION = CaseFiles.Fields.of(
            List.of("name", "phone", "unregistered", "caller", "now", "steps"), List.of());
    private static final CaseFiles.Fields STEP = CaseFiles.Fields.of(
            List.of("input", "now"), List.of("screen", "end", "effects", "ussd"));
    /** The channel's renderer at UssdConfig's defaults, the production limits (182 GSM-7, 80 UCS-2). */
    private static final UssdScreens USSD = new UssdScreens(
            new SmallRyeConfigBuilder().withMapping(UssdConfig.class).build().getConfigMapping(UssdConfig.class));

    @TestFactory
    Stream<DynamicContainer> conversations() {
        List<Path> files = CaseFiles.find(MENUS).stream().filter(f -> !f.startsWith(SMS_CASES)).toList();
        assertFalse(files.isEmpty(), "no flow cases under " + MENUS.toAbsolutePath());
        return files.stream().map(file -> CaseFiles.container(file, replayIn(file)));
    }

    /** Conversations of a file in {@code menus/<flow>/tests/} run against that flow. */
    private static CaseFiles.Replay replayIn(Path file) {
        Path flowDir = file.getParent().getParent();
        FlowVersion flow;
        try {
            flow = FlowVersion.compile(1, 1, FlowLoader.load(flowDir));
        } catch (RuntimeException e) {
            return conversation -> {
                throw new AssertionError(file + ": no flow to replay against in " + flowDir + ": " + e.getMessage(), e);
            };
        }
        return conversation -> replay(flow, conversation);
    }

    private static List<String> replay(FlowVersion flow, ObjectNode conversation) {
        List<String> problems = new ArrayList<>(CONVERSATION.unknown(conversation, "conversation"));
        String phone = conversation.path("phone").asText("");
        FixtureBooks books = FixtureBooks.shared();
        List<CallerMember> members = books.membersForPhone(phone);
        if (members.isEmpty() != conversation.path("unregistered").asBoolean(false)) {
            problems.add(members.isEmpty()
                    ? "phone '" + phone + "' has no member in " + FixtureBooks.SHARED + " (say `unregistered: true` if that is the point)"
                    : "phone " + phone + " is marked unregistered but has members in " + FixtureBooks.SHARED);
        }
        if (!conversation.path("steps").isArray() || conversation.get("steps").isEmpty()) {
            problems.add("conversation: no steps");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        String callerProof = conversation.path("caller").asText("network");
        if (!callerProof.equals("network") && !callerProof.equals("claimed")) {
            return List.of("caller: '" + callerProof + "' is neither network (USSD, the default) nor claimed (voice, SMS)");
        }
        Caller caller = callerProof.equals("claimed") ? Caller.claimed(phone, members) : Caller.byNetwork(phone, members);
        MenuEngine engine = new MenuEngine(books);
        Instant now = Instant.parse(conversation.path("now").asText(DEFAULT_NOW));
        SessionState state = null;
        int number = 0;
        for (JsonNode node : conversation.get("steps")) {
            ObjectNode expected = (ObjectNode) node;
            number++;
            String where = "step " + number + (state == null ? " (dial)" : " (input \"" + expected.path("input").asText("") + "\")");
            List<String> unknown = STEP.unknown(expected, where);
            if (!unknown.isEmpty() || (state == null && expected.has("input"))) {
                problems.addAll(unknown.isEmpty() ? List.of(where + ": the first step dials in and takes no input") : unknown);
                return problems;
            }
            if (expected.hasNonNull("now")) {
                now = Instant.parse(expected.get("now").asText());
            }
            Step step = state == null
                    ? engine.start(flow, caller, now)
                    : engine.resume(flow, SessionState.fromJson(state.toJson()), expected.path("input").asText(""), now);
            books.apply(step.effects());
            state = step.next();
            problems.addAll(STEP.check(expected, actual(step), where));
        }
        return problems;
    }

    /** What a step did, in the file's terms; {@code ussd} only when it is not simply one page holding the screen. */
    private static ObjectNode actual(Step step) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        MenuOutput output = step.output();
        String screen = ScreenText.compose(output);
        out.put("screen", screen);
        if (output.end()) {
            out.put("end", true);
        }
        if (!step.effects().isEmpty()) {
            ArrayNode effects = out.putArray("effects");
            step.effects().forEach(e -> effects.add(e.describe()));
        }
        List<String> pages = ussdPages(output);
        if (!pages.equals(List.of((output.end() ? "END " : "CON ") + screen))) {
            ArrayNode ussd = out.putArray("ussd");
            pages.forEach(ussd::add);
        }
        return out;
    }

    /** Every reply the gateway gets for this screen: the first page, then one per "00 More". */
    private static List<String> ussdPages(MenuOutput output) {
        List<String> pages = new ArrayList<>();
        UssdScreens.Paged paged = USSD.first(output);
        pages.add(paged.reply().africasTalking());
        while (!paged.rest().isEmpty()) {
            paged = USSD.next(paged.rest(), !output.end());
            pages.add(paged.reply().africasTalking());
        }
        return pages;
    }
}
