package org.sakhiline.channel.voice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.sakhiline.messaging.twilio.PublicUrlConfig;

/**
 * Recorded prompts under {@code menus/audio/<lang>/} (packaged in the jar). {@code clips.tsv} lists
 * each clip and what it says (the script for whoever records it); a clip is available when
 * {@code <clip>.mp3} or {@code <clip>.wav} sits beside it. Twilio fetches files from
 * {@code sakhiline.voice.audio-base-url}, by default this service's {@code /voice/audio/<lang>/<file>}.
 */
@ApplicationScoped
public class AudioLibrary {

    public static final String RESOURCE_DIR = "menus/audio/";
    public static final String MANIFEST = "clips.tsv";
    static final Pattern CLIP_NAME = Pattern.compile("[a-z0-9_]+(\\.[0-9]+)?");
    static final Pattern FILE_NAME = Pattern.compile("[a-z0-9_]+(\\.[0-9]+)?\\.(mp3|wav)");

    @Inject
    VoiceConfig config;

    @Inject
    PublicUrlConfig publicUrl;

    private final Map<String, Map<String, String>> files = new ConcurrentHashMap<>();

    /** True when the language has any recording. */
    public boolean recorded(String lang) {
        return !files(lang).isEmpty();
    }

    /** The file name of a clip ({@code num_25.mp3}), if recorded. */
    public Optional<String> file(String lang, String clip) {
        return Optional.ofNullable(files(lang).get(clip));
    }

    public String url(String lang, String file) {
        String base = config.audioBaseUrl().orElse(publicUrl.base() + "/voice/audio");
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/" + lang + "/" + file;
    }

    /** Opens a packaged recording; empty for anything that is not a listed clip's file. */
    public Optional<InputStream> open(String lang, String file) {
        if (!FILE_NAME.matcher(file).matches() || !files(lang).containsValue(file)) {
            return Optional.empty();
        }
        return Optional.ofNullable(loader().getResourceAsStream(RESOURCE_DIR + lang + "/" + file));
    }

    Map<String, String> files(String lang) {
        // Only language codes are cached: the audio URL is public and unsigned.
        if (lang == null || !lang.matches("[a-z]{2,3}")) {
            return Map.of();
        }
        return files.computeIfAbsent(lang, AudioLibrary::scan);
    }

    /** Clip name → text to record, as listed in the language's manifest (empty when none). */
    public static Map<String, String> manifest(String lang) {
        Map<String, String> clips = new LinkedHashMap<>();
        if (!lang.matches("[a-z]{2,3}")) {
            return clips;
        }
        try (InputStream in = loader().getResourceAsStream(RESOURCE_DIR + lang + "/" + MANIFEST)) {
            if (in == null) {
                return clips;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (line.isBlank() || line.startsWith("#") || tab < 0) {
                    continue;
                }
                String clip = line.substring(0, tab).strip();
                if (CLIP_NAME.matcher(clip).matches()) {
                    clips.put(clip, line.substring(tab + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the audio manifest of " + lang, e);
        }
        return clips;
    }

    private static Map<String, String> scan(String lang) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String clip : manifest(lang).keySet()) {
            for (String ext : new String[] {".mp3", ".wav"}) {
                if (loader().getResource(RESOURCE_DIR + lang + "/" + clip + ext) != null) {
                    found.put(clip, clip + ext);
                    break;
                }
            }
        }
        return Map.copyOf(found);
    }

    private static ClassLoader loader() {
        return Thread.currentThread().getContextClassLoader();
    }
}
