package org.sakhiline.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every console message bundle (any {@code @MessageBundle} interface of the app, found on the classpath: a new bundle
 * needs no edit here) has every key in Hindi and Urdu, with the same {@code {parameters}} as the English text, and no
 * translation file carries a key the interface lacks.
 */
class ConsoleBundlesTest {

    static final List<String> LANGUAGES = List.of("hi", "ur");
    private static final Pattern PARAM = Pattern.compile("\\{\\s*([A-Za-z_][\\w.]*)");

    @Test
    void everyBundleHasEveryKeyInHindiAndUrduWithTheSameParameters() throws IOException {
        List<Class<?>> bundles = bundles();
        assertTrue(bundles.contains(ConsoleMessages.class), "found bundles " + bundles);
        List<String> problems = new ArrayList<>();
        for (Class<?> bundle : bundles) {
            String name = bundle.getAnnotation(MessageBundle.class).value();
            if (name.startsWith("<<")) {
                name = MessageBundle.DEFAULT_NAME;
            }
            Map<String, String> english = englishTexts(bundle, load("messages/" + name + "_en.properties"));
            for (String language : LANGUAGES) {
                String file = "messages/" + name + "_" + language + ".properties";
                Properties translated = load(file);
                if (translated == null) {
                    problems.add(file + " is missing (" + english.size() + " keys of " + bundle.getSimpleName() + ")");
                    continue;
                }
                for (Map.Entry<String, String> e : english.entrySet()) {
                    String text = translated.getProperty(e.getKey());
                    if (text == null || text.isBlank()) {
                        problems.add(file + ": no " + e.getKey());
                    } else if (!params(text).equals(params(e.getValue()))) {
                        problems.add(file + ": " + e.getKey() + " has " + params(text) + ", English has " + params(e.getValue()));
                    }
                }
                for (String key : translated.stringPropertyNames()) {
                    if (!english.containsKey(key)) {
                        problems.add(file + ": " + key + " is not a message of " + bundle.getSimpleName());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void translationsAreInTheirOwnScript() throws IOException {
        Properties hindi = load("messages/msg_hi.properties");
        Properties urdu = load("messages/msg_ur.properties");
        assertTrue(hindi.getProperty("nav_members").codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.DEVANAGARI));
        assertTrue(urdu.getProperty("nav_members").codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC));
        assertFalse(params("{name} ({role})").isEmpty());
    }

    static List<Class<?>> bundles() {
        List<Class<?>> found = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sakhiline")) {
            if (c.isInterface() && c.isAnnotatedWith(MessageBundle.class)) {
                found.add(c.reflect());
            }
        }
        return found;
    }

    /**
     * Key to English text: the key by {@code @Message(key=...)} or the bundle's key strategy, the text from the
     * annotation or, when it has none, from an English file ({@code <name>_en.properties}).
     */
    static Map<String, String> englishTexts(Class<?> bundle, Properties englishFile) {
        String strategy = bundle.getAnnotation(MessageBundle.class).defaultKey();
        Map<String, String> texts = new TreeMap<>();
        for (Method m : bundle.getMethods()) {
            Message message = m.getAnnotation(Message.class);
            String key = message == null || message.key().startsWith("<<") ? keyOf(m.getName(), strategy) : message.key();
            String text = message == null || message.value().startsWith("<<") ? "" : message.value();
            if (text.isEmpty() && englishFile != null) {
                text = englishFile.getProperty(key, "");
            }
            texts.put(key, text);
        }
        return texts;
    }

    private static String keyOf(String method, String strategy) {
        if (Message.UNDERSCORED_ELEMENT_NAME.equals(strategy)) {
            return method.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
        }
        if (Message.HYPHENATED_ELEMENT_NAME.equals(strategy)) {
            return method.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
        }
        return method;
    }

    static Set<String> params(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PARAM.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static Properties load(String resource) throws IOException {
        try (InputStream in = ConsoleBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
