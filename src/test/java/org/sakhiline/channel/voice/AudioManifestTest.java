package org.sakhiline.channel.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sakhiline.menu.FlowDefinition;
import org.sakhiline.menu.FlowLoader;

/**
 * The committed clip manifests match what the flow and voice texts need, and every listed clip is
 * recorded. After an intended text change: {@code ./mvnw test -Dtest=AudioManifestTest -Dvoice.clips.update=true},
 * then {@code scripts/make-placeholder-audio} (or record the new clips), then read the diff.
 */
class AudioManifestTest {

    private static final Path AUDIO = Path.of("menus/audio");

    @ParameterizedTest
    @ValueSource(strings = {"ur", "sd", "as", "mni"})
    void manifestIsCurrentAndEveryClipIsRecorded(String lang) throws IOException {
        FlowDefinition flow = FlowLoader.load(Path.of("menus/main"));
        Map<String, String> clips = AudioManifest.required(flow, VoiceTexts.load(lang), lang);
        String expected = AudioManifest.tsv(lang, clips);
        Path manifest = AUDIO.resolve(lang).resolve(AudioLibrary.MANIFEST);
        if (Boolean.getBoolean("voice.clips.update")) {
            Files.createDirectories(manifest.getParent());
            Files.writeString(manifest, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(manifest, StandardCharsets.UTF_8),
                "menus/audio/" + lang + "/clips.tsv is stale: rerun with -Dvoice.clips.update=true");
        List<String> missing = new ArrayList<>();
        for (String clip : clips.keySet()) {
            if (!Files.exists(manifest.resolveSibling(clip + ".mp3")) && !Files.exists(manifest.resolveSibling(clip + ".wav"))) {
                missing.add(clip);
            }
        }
        assertTrue(missing.isEmpty(), lang + " clips not recorded: " + missing);
        assertTrue(clips.containsKey("num_25") && clips.containsKey("lakh") && clips.containsKey("balance_is"));
    }
}
