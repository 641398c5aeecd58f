package org.sakhiline.menu;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.sakhiline.testing.FixtureBooks;

/**
 * Case files as data, in the way of goflow's runner: each {@code *.test.yaml} is a container with one test
 * per conversation, named {@code <file> / <conversation name>}, so a failure names its conversation and the
 * others still run. With {@code -Dflowcases.update=true} every conversation writes what actually happened
 * over its expectations instead, and the file is written back (its leading comments kept) after the last one.
 * Used by the flow cases ({@link FlowCasesTest}) and the SMS cases (channel.sms.SmsCasesTest).
 */
public final class CaseFiles {

    public static final boolean UPDATE = Boolean.getBoolean("flowcases.update");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // a repeated key would silently drop an expectation
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES) // a long SMS reply stays one line, as it is sent
            .build();
    private static final Fields FILE = Fields.of(List.of("conversations"), List.of());

    private CaseFiles() {}

    /**
     * Replays one conversation of a case file.
     *
     * @return what differs from the file, one entry per step and field (empty when it passed); in update mode
     *         only what keeps it from being replayed (an unknown field, a missing member), since expectations
     *         are rewritten in place
     */
    @FunctionalInterface
    public interface Replay {
        List<String> replay(ObjectNode conversation) throws Exception;
    }

    /** Every {@code *.test.yaml} under {@code root}, sorted. */
    public static List<Path> find(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".test.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tests of one file: its conversations, a failing "(file)" test when the file itself is wrong, and the rewrite. */
    public static DynamicContainer container(Path file, Replay replay) {
        String label = file.toString();
        ObjectNode doc;
        try {
            JsonNode read = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (!(read instanceof ObjectNode object)) {
                return broken(label, "not a map with conversations");
            }
            doc = object;
        } catch (IOException e) {
            return broken(label, "cannot be parsed: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>(FILE.unknown(doc, "file"));
        if (doc.has("members")) {
            problems.add("members are no longer kept per file: they live in " + FixtureBooks.SHARED);
        }
        if (!doc.path("conversations").isArray() || doc.get("conversations").isEmpty()) {
            problems.add("no conversations");
        }
        Set<String> names = new HashSet<>();
        for (JsonNode c : doc.path("conversations")) {
            if (!c.isObject() || !c.hasNonNull("name") || !names.add(c.get("name").asText())) {
                problems.add("every conversation needs a name of its own (" + c.path("name").asText("unnamed") + ")");
            }
        }
        if (!problems.isEmpty()) {
            return broken(label, String.join("; ", problems));
        }
        AtomicInteger unreplayed = new AtomicInteger();
        List<DynamicNode> tests = new ArrayList<>();
        for (JsonNode c : doc.get("conversations")) {
            String name = label + " / " + c.get("name").asText();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                List<String> differences;
                try {
                    differences = replay.replay((ObjectNode) c);
                } catch (Exception | AssertionError e) {
                    unreplayed.incrementAndGet();
                    throw e;
                }
                if (!differences.isEmpty()) {
                    if (UPDATE) {
                        unreplayed.incrementAndGet();
                    }
                    fail(name + ":\n" + String.join("\n", differences));
                }
            }));
        }
        if (UPDATE) {
            tests.add(DynamicTest.dynamicTest(label + " / (rewrite expectations)", () -> {
                if (unreplayed.get() > 0) {
                    fail(label + " not rewritten: " + unreplayed.get() + " conversation(s) could not be replayed");
                }
                Files.writeString(file, header(file) + YAML.writeValueAsString(doc), StandardCharsets.UTF_8);
            }));
        }
        return DynamicContainer.dynamicContainer(label, tests);
    }

    private static DynamicContainer broken(String label, String why) {
        return DynamicContainer.dynamicContainer(label, Stream.of(
                DynamicTest.dynamicTest(label + " / (file)", () -> fail(label + ": " + why))));
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

    /**
     * The fields one level of a case may have: what goes in (given by hand) and what comes out (checked
     * exactly, rewritten on update, in this order, each omitted when the replay leaves it out).
     */
    public record Fields(List<String> inputs, List<String> outputs) {

        public static Fields of(List<String> inputs, List<String> outputs) {
            return new Fields(inputs, outputs);
        }

        /** One entry per field this level does not know, naming where it is. */
        public List<String> unknown(JsonNode node, String where) {
            List<String> out = new ArrayList<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!inputs.contains(key) && !outputs.contains(key)) {
                    out.add(where + ": unknown field '" + key + "' (known: "
                            + Stream.concat(inputs.stream(), outputs.stream()).collect(Collectors.joining(", ")) + ")");
                }
            }
            return out;
        }

        /**
         * Compares the outputs of {@code expected} (from the file) with {@code actual} field by field; in update
         * mode writes {@code actual}'s outputs into {@code expected} instead, inputs first, in the declared order.
         */
        public List<String> check(ObjectNode expected, ObjectNode actual, String where) {
            if (UPDATE) {
                Map<String, JsonNode> rewritten = new LinkedHashMap<>();
                inputs.stream().filter(expected::has).forEach(f -> rewritten.put(f, expected.get(f)));
                outputs.stream().filter(actual::has).forEach(f -> rewritten.put(f, actual.get(f)));
                expected.removeAll();
                expected.setAll(rewritten);
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String f : outputs) {
                if (!Objects.equals(expected.get(f), actual.get(f))) {
                    out.add(where + ", " + f + ":\n    --- expected\n" + show(expected.get(f))
                            + "\n    --- actual\n" + show(actual.get(f)));
                }
            }
            return out;
        }
    }

    private static String show(JsonNode value) {
        String text;
        if (value == null) {
            text = "(omitted)";
        } else if (value.isValueNode()) {
            text = value.asText();
        } else {
            try {
                text = YAML.writeValueAsString(value).stripTrailing();
            } catch (JsonProcessingException e) {
                text = value.toString();
            }
        }
        return text.lines().map(l -> "    " + l).collect(Collectors.joining("\n"));
    }
}
