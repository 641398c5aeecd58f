package org.sakhiline.channel.voice;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Voice phrasing per spoken language from {@code menus/voice/<lang>.yaml} (packaged in the jar):
 * the channel's own keys ({@code press}, {@code goodbye}, {@code amount}, ...) and voice versions of
 * flow texts ("Your savings are {amount}." instead of the screen's "Your savings: {amount}"). A key not
 * here is spoken from the flow's texts.
 */
@ApplicationScoped
public class VoiceTexts {

    public static final String RESOURCE_DIR = "menus/voice/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, Map<String, VoiceTemplate>> byLanguage = new ConcurrentHashMap<>();

    /** The voice template for {@code key} in {@code lang}, if the voice file has one. */
    public Optional<VoiceTemplate> template(String lang, String key) {
        return Optional.ofNullable(texts(lang).get(key));
    }

    public Map<String, VoiceTemplate> texts(String lang) {
        return byLanguage.computeIfAbsent(lang, VoiceTexts::load);
    }

    static Map<String, VoiceTemplate> load(String lang) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE_DIR + lang + ".yaml")) {
            if (in == null) {
                return Map.of();
            }
            Map<String, VoiceTemplate> parsed = new LinkedHashMap<>();
            @SuppressWarnings("unchecked")
            Map<String, Object> raw = YAML.readValue(in, Map.class);
            if (raw != null) {
                raw.forEach((k, v) -> parsed.put(k, VoiceTemplate.parse(k, String.valueOf(v))));
            }
            return Map.copyOf(parsed);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE_DIR + lang + ".yaml", e);
        }
    }
}
