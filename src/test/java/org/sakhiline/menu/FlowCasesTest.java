package org.sakhiline.menu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sakhiline.testing.FixtureBooks;

/**
 * Replays every conversation in {@code menus/<flow>/tests/*.test.yaml} against the engine with a fake
 * {@link MenuBooks} over the shared members fixture ({@link FixtureBooks#SHARED}), and compares each screen
 * exactly. Between hops the state goes through JSON, as a channel stores it. Run with {@code -Dflowcases.update=true} to rewrite
 * the expected screens after an intended change (then read the diff before committing).
 */
class FlowCasesTest {

    private static final Path MENUS = Path.of("menus");
    private static final boolean UPDATE = Boolean.getBoolean("flowcases.update");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();

    @Test
    void everyFlowCasePasses() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(MENUS)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".test.yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no flow cases under " + MENUS.toAbsolutePath());
        List<String> failures = new ArrayList<>();
        int conversations = 0;
        for (Path file : files) {
            Path flowDir = file.getParent().getParent();
            FlowVersion flow = FlowVersion.compile(1, 1, FlowLoader.load(flowDir));
            ObjectNode doc = (ObjectNode) YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
            for (JsonNode conversation : doc.withArray("conversations")) {
                conversations++;
                replay(file, flow, (ObjectNode) conversation, failures);
            }
            if (UPDATE) {
                Files.writeString(file, header(file) + YAML.writeValueAsString(doc), StandardCharsets.UTF_8);
            }
        }
        assertTrue(conversations >= 1);
        assertEquals("", String.join("\n\n", failures), failures.size() + " screen(s) differ");
    }

    private static void replay(Path file, FlowVersion flow, ObjectNode conversation, List<String> failures) {
        FixtureBooks books = FixtureBooks.shared();
        MenuEngine engine = new MenuEngine(books);
        String phone = conversation.get("phone").asText();
        Instant now = Instant.parse(conversation.path("now").asText("2025-02-17T05:00:00Z"));
        SessionState state = null;
        int index = 0;
        for (JsonNode stepNode : conversation.withArray("steps")) {
            ObjectNode expected = (ObjectNode) stepNode;
            if (expected.hasNonNull("now")) {
                now = Instant.parse(expected.get("now").asText());
            }
            Step step;
            if (state == null) {
                step = engine.start(flow, new Caller(phone, books.membersForPhone(phone)), now);
            } else {
                step = engine.resume(flow, SessionState.fromJson(state.toJson()), expected.path("input").asText(""), now);
            }
            books.apply(step.effects());
            state = step.next();
            String screen = ScreenText.compose(step.output());
            boolean end = step.output().end();
            String want = expected.path("screen").asText(null);
            boolean wantEnd = expected.path("end").asBoolean(false);
            if (UPDATE) {
                expected.put("screen", screen);
                if (end) {
                    expected.put("end", true);
                } else {
                    expected.remove("end");
                }
            } else if (!screen.equals(want) || end != wantEnd) {
                failures.add(String.format("%s / %s / step %d (input %s):%n--- expected%s%n%s%n--- actual%s%n%s", file,
                        conversation.path("name").asText(), index, expected.path("input").asText("<dial>"),
                        wantEnd ? " END" : "", want, end ? " END" : "", screen));
            }
            index++;
        }
    }

    /** Comments before the first key survive a rewrite; everything else is data. */
    private static String header(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) {
                break;
            }
            sb.append(line).append('\n');
        }
        return sb.toString();
    }
}
