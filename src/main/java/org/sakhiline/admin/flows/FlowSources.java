package org.sakhiline.admin.flows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sakhiline.menu.FlowDefinition;
import org.sakhiline.menu.FlowLoadException;
import org.sakhiline.menu.FlowLoader;
import org.sakhiline.menu.FlowProblem;
import org.sakhiline.menu.FlowValidator;

/**
 * Reads a draft's files the way {@link FlowLoader} reads {@code menus/<key>/} and checks them with the
 * validator, so the editor can list every problem at once: each file is parsed on its own, a file that
 * does not parse is named with its line, and the validator's findings for that language (all "missing")
 * are left out as noise.
 */
public final class FlowSources {

    /** The definition (null when flow.yaml itself cannot be read) and every problem found. */
    public record Checked(FlowDefinition definition, List<FlowProblem> problems) {
        public boolean valid() {
            return definition != null && problems.isEmpty();
        }
    }

    private FlowSources() {}

    public static String source(String key) {
        return "menus/" + key;
    }

    public static Checked check(String key, FlowFiles files, FlowValidator validator) {
        String source = source(key);
        List<FlowProblem> problems = new ArrayList<>();
        FlowDefinition shape;
        try {
            shape = FlowLoader.fromYaml(source, files.flowYaml(), Map.of());
        } catch (RuntimeException e) {
            problems.add(new FlowProblem(source + "/" + FlowFiles.FLOW_FILE, null, null, withoutFile(e)));
            files.texts().forEach((lang, yaml) -> textProblem(source, lang, yaml).ifPresent(problems::add));
            return new Checked(null, problems);
        }
        if (!key.equals(shape.key())) {
            problems.add(new FlowProblem(source + "/" + FlowFiles.FLOW_FILE, null, null,
                    "key must be '" + key + "', the flow being edited (found '" + shape.key() + "')"));
        }
        Map<String, String> readable = new LinkedHashMap<>();
        Set<String> unreadable = new HashSet<>();
        for (String lang : shape.languages()) {
            String yaml = files.texts().get(lang);
            if (yaml == null || yaml.isBlank()) {
                continue; // loads as empty: the validator names every missing text
            }
            var problem = textProblem(source, lang, yaml);
            if (problem.isPresent()) {
                problems.add(problem.get());
                unreadable.add(lang);
            } else {
                readable.put(lang, yaml);
            }
        }
        files.texts().forEach((lang, yaml) -> {
            if (!shape.languages().contains(lang) && yaml != null && !yaml.isBlank()) {
                problems.add(new FlowProblem(source + "/" + FlowFiles.textFile(lang), null, lang,
                        "'" + lang + "' is not among the flow's languages: add it to languages in flow.yaml or empty this file"));
            }
        });
        FlowDefinition definition = FlowLoader.fromYaml(source, files.flowYaml(), readable);
        validator.validate(definition).stream()
                .filter(p -> p.language() == null || !unreadable.contains(p.language()))
                .forEach(problems::add);
        return new Checked(definition, List.copyOf(problems));
    }

    /** A texts file that is not a YAML map of key → text, as a problem naming its file and language. */
    private static java.util.Optional<FlowProblem> textProblem(String source, String lang, String yaml) {
        if (yaml == null || yaml.isBlank()) {
            return java.util.Optional.empty();
        }
        String probe = "key: probe\nlanguages: [" + FlowYamlWriter.quoted(lang) + "]\n";
        try {
            FlowLoader.fromYaml(source, probe, Map.of(lang, yaml));
            return java.util.Optional.empty();
        } catch (RuntimeException e) {
            return java.util.Optional.of(new FlowProblem(source + "/" + FlowFiles.textFile(lang), null, lang, withoutFile(e)));
        }
    }

    /** FlowLoader's messages start with the file; the problem names the file separately. */
    private static String withoutFile(RuntimeException e) {
        if (!(e instanceof FlowLoadException)) {
            return "cannot be read (" + e.getClass().getSimpleName() + ")";
        }
        String m = e.getMessage() == null ? "cannot be read" : e.getMessage();
        int colon = m.indexOf(".yaml: ");
        return colon >= 0 ? m.substring(colon + ".yaml: ".length()) : m;
    }
}
