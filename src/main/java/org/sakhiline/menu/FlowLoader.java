package org.sakhiline.menu;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a flow from {@code <dir>/flow.yaml} and {@code <dir>/texts/<lang>.yaml} (one file per language
 * listed in the flow), from a directory or the classpath, and converts it to and from the JSON stored
 * with each version. A missing text file loads as empty so the validator can name every missing key.
 */
public final class FlowLoader {

    static final YAMLMapper YAML = YAMLMapper.builder(new YAMLFactory())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    /** Stable key order, so the same definition always hashes the same. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private FlowLoader() {}

    /** The file-level shape of {@code flow.yaml}. */
    record FlowFile(String key, String defaultLanguage, List<String> languages, String start, String home, String pinGate,
                    LinkedHashMap<String, NodeDef> nodes) {}

    /** Source of a file by its path relative to the flow directory, empty when absent. */
    @FunctionalInterface
    public interface Files {
        Optional<String> read(String relativePath) throws IOException;
    }

    public static FlowDefinition load(Path dir) {
        return load(dir.toString().replace('\\', '/'), rel -> {
            Path p = dir.resolve(rel);
            return java.nio.file.Files.exists(p) ? Optional.of(java.nio.file.Files.readString(p, StandardCharsets.UTF_8)) : Optional.empty();
        });
    }

    /** From the classpath, e.g. {@code loadResource("menus/main")}. */
    public static FlowDefinition loadResource(String resourceDir) {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return load(resourceDir, rel -> {
            try (InputStream in = cl.getResourceAsStream(resourceDir + "/" + rel)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        });
    }

    public static FlowDefinition load(String source, Files files) {
        String flowFile = source + "/flow.yaml";
        FlowFile flow;
        try {
            String text = files.read("flow.yaml").orElseThrow(() -> new FlowLoadException(flowFile + ": not found", null));
            flow = YAML.readValue(text, FlowFile.class);
        } catch (IOException e) {
            throw new FlowLoadException(flowFile + ": " + message(e), e);
        }
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        for (String lang : flow.languages() == null ? List.<String>of() : flow.languages()) {
            String rel = "texts/" + lang + ".yaml";
            try {
                Optional<String> text = files.read(rel);
                texts.put(lang, text.isPresent() ? parseTexts(text.get()) : Map.of());
            } catch (IOException e) {
                throw new FlowLoadException(source + "/" + rel + ": " + message(e), e);
            }
        }
        return new FlowDefinition(flow.key(), flow.defaultLanguage(), flow.languages(), flow.start(), flow.home(),
                flow.pinGate(), flow.nodes(), texts, source);
    }

    /** For tests and the editor: a definition from YAML strings. */
    public static FlowDefinition fromYaml(String source, String flowYaml, Map<String, String> textsYaml) {
        return load(source, rel -> {
            if (rel.equals("flow.yaml")) {
                return Optional.of(flowYaml);
            }
            String lang = rel.substring("texts/".length(), rel.length() - ".yaml".length());
            return Optional.ofNullable(textsYaml.get(lang));
        });
    }

    private static Map<String, String> parseTexts(String yaml) throws IOException {
        Map<?, ?> raw = YAML.readValue(yaml, Map.class);
        Map<String, String> texts = new LinkedHashMap<>();
        if (raw != null) {
            raw.forEach((k, v) -> texts.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        }
        return texts;
    }

    public static String toJson(FlowDefinition definition) {
        try {
            return JSON.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static FlowDefinition fromJson(String json) {
        try {
            return JSON.readValue(json, FlowDefinition.class);
        } catch (JsonProcessingException e) {
            throw new FlowLoadException("stored flow is not readable: " + e.getOriginalMessage(), e);
        }
    }

    /** SHA-256 of the definition's JSON (without its source path): equal content, equal hash. */
    public static String hash(FlowDefinition definition) {
        FlowDefinition withoutSource = new FlowDefinition(definition.key(), definition.defaultLanguage(), definition.languages(),
                definition.start(), definition.home(), definition.pinGate(), definition.nodes(), definition.texts(), "-");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(toJson(withoutSource).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String message(IOException e) {
        return e instanceof JsonProcessingException j ? j.getOriginalMessage()
                + (j.getLocation() != null ? " (line " + j.getLocation().getLineNr() + ")" : "") : e.toString();
    }

}
