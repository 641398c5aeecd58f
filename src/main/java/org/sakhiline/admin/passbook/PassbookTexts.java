package org.sakhiline.admin.passbook;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.sakhiline.support.i18n.Languages;

/**
 * The passbook's words per language tag ({@code passbook/texts.yaml}). A tag without its own texts falls back to
 * its base language, then to English; PassbookTextsTest keeps every language complete.
 */
public final class PassbookTexts {

    static final String RESOURCE = "passbook/texts.yaml";
    private static final Map<String, Map<String, String>> TEXTS = load();

    private PassbookTexts() {}

    /** Every word for one language tag, ready for the template. */
    public static Map<String, String> of(String langTag) {
        Map<String, String> words = TEXTS.get(langTag);
        if (words == null) {
            words = TEXTS.get(Languages.base(langTag));
        }
        return words == null ? TEXTS.get("en") : words;
    }

    static Map<String, Map<String, String>> all() {
        return TEXTS;
    }

    private static Map<String, Map<String, String>> load() {
        try (InputStream in = PassbookTexts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return Map.copyOf(new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<Map<String, Map<String, String>>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
