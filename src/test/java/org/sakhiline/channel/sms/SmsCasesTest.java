package org.sakhiline.channel.sms;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;
import org.sakhiline.channel.sms.SmsCommand.Keyword;
import org.sakhiline.menu.CaseFiles;
import org.sakhiline.messaging.SmsSegments;
import org.sakhiline.testing.FixtureBooks;

/**
 * Members' SMS commands as data: every conversation in {@code menus/sms/tests/*.test.yaml} is sent, message by
 * message, through the real {@link SmsCommandParser}, {@link MemberSmsCommands} and {@link SmsTemplates} over the
 * shared members fixture, one test per conversation. Each message is checked exactly: the reply, the kind of
 * outcome, the template and language it was written from, what it costs ({@link SmsSegments}) and the effects
 * it asks for (applied, so a LANG changes the next reply). {@code -Dflowcases.update=true} rewrites them.
 * A bank mitra's money commands need the ledger: SmsInboundResourceTest covers them over HTTP.
 */
class SmsCasesTest {

    private static final Path CASES = Path.of("menus", "sms", "tests");
    private static final String DEFAULT_NOW = "2025-02-17T05:00:00Z";
    private static final CaseFiles.Fields CONVERSATION = CaseFiles.Fields.of(List.of("name", "from", "now", "messages"), List.of());
    private static final CaseFiles.Fields MESSAGE = CaseFiles.Fields.of(List.of("body", "now"),
            List.of("reply", "kind", "template", "language", "encoding", "parts", "effects"));
    private static final MemberSmsCommands COMMANDS = memberCommands();

    /** The bean as Quarkus builds it: its templates from menus/sms, its config at SmsConfig's defaults. */
    private static MemberSmsCommands memberCommands() {
        MemberSmsCommands commands = new MemberSmsCommands();
        commands.templates = new SmsTemplates();
        // Quarkus's own converter reads its defaults' "15m" and "24h" durations.
        commands.config = new SmallRyeConfigBuilder().withConverter(Duration.class, 100, new DurationConverter())
                .withMapping(SmsConfig.class).build().getConfigMapping(SmsConfig.class);
        return commands;
    }

    @TestFactory
    Stream<DynamicContainer> conversations() {
        List<Path> files = CaseFiles.find(CASES);
        assertFalse(files.isEmpty(), "no SMS cases under " + CASES.toAbsolutePath());
        return files.stream().map(file -> CaseFiles.container(file, SmsCasesTest::replay));
    }

    private static List<String> replay(ObjectNode conversation) {
        List<String> problems = new ArrayList<>(CONVERSATION.unknown(conversation, "conversation"));
        String from = conversation.path("from").asText("");
        FixtureBooks books = FixtureBooks.shared();
        if (books.membersForPhone(from).isEmpty()) {
            // Unknown senders and staff are InboundSmsService's to route (it needs the database): not a member command.
            problems.add("from '" + from + "' has no member in " + FixtureBooks.SHARED);
        }
        if (!conversation.path("messages").isArray() || conversation.get("messages").isEmpty()) {
            problems.add("conversation: no messages");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Instant now = Instant.parse(conversation.path("now").asText(DEFAULT_NOW));
        int number = 0;
        for (JsonNode node : conversation.get("messages")) {
            ObjectNode expected = (ObjectNode) node;
            number++;
            String body = expected.path("body").asText("");
            String where = "message " + number + " (\"" + body + "\")";
            problems.addAll(MESSAGE.unknown(expected, where));
            SmsCommand command = SmsCommandParser.parse(body);
            if (command.keyword() == Keyword.STOP || command.keyword() == Keyword.START) {
                problems.add(where + ": STOP and START change which reminders a phone gets (InboundSmsService, "
                        + "SmsInboundResourceTest), they are not member commands");
            }
            if (!problems.isEmpty()) {
                return problems;
            }
            if (expected.hasNonNull("now")) {
                now = Instant.parse(expected.get("now").asText());
            }
            // As InboundSmsService routes a message from a member's phone: her commands, then their effects written.
            SmsOutcome outcome = COMMANDS.answer(command, books.membersForPhone(from), now, books);
            books.apply(outcome.effects());
            problems.addAll(MESSAGE.check(expected, actual(outcome), where));
        }
        return problems;
    }

    /** What a message got back, in the file's terms. */
    private static ObjectNode actual(SmsOutcome outcome) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        SmsTemplates.Rendered reply = outcome.reply();
        if (reply != null) {
            SmsSegments.Count cost = SmsSegments.of(reply.text());
            out.put("reply", reply.text());
            out.put("kind", outcome.kind());
            out.put("template", reply.key());
            out.put("language", reply.language());
            out.put("encoding", cost.encoding().name());
            out.put("parts", cost.segments());
        } else {
            out.put("kind", outcome.kind());
        }
        if (!outcome.effects().isEmpty()) {
            ArrayNode effects = out.putArray("effects");
            outcome.effects().forEach(e -> effects.add(e.describe()));
        }
        return out;
    }
}
