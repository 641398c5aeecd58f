package org.sakhiline.admin.flows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sakhiline.menu.FlowLoader;

/**
 * What the draft editor shows: the files (one textarea per language the flow lists, plus any other file
 * she filled in), the problems found in them, and what publishing would replace.
 */
public record DraftPage(String key, boolean exists, String flowYaml, List<TextArea> areas, int revision,
                        List<ProblemPlaces.Placed> problems, boolean checked, boolean justSaved, String notice, String error,
                        String note,
                        VersionFacts current, String basedOn, boolean basedOnOlder, String updatedBy, Instant updatedAt,
                        List<VersionFacts> versions) {

    /** The textarea of {@code texts/<lang>.yaml}, named {@code texts.<lang>} in the form. */
    public record TextArea(String lang, String content) {
        public String name() {
            return "texts." + lang;
        }

        public String path() {
            return FlowFiles.textFile(lang);
        }

        public String id() {
            return "texts-" + lang;
        }
    }

    public boolean valid() {
        return checked && problems.isEmpty();
    }

    /** Saved and clean: the only case the page may say "Saved." in green. */
    public boolean savedClean() {
        return justSaved && valid();
    }

    /** Saved, but members cannot get it yet: the page says so plainly, never beside a green "Saved.". */
    public boolean savedWithProblems() {
        return justSaved && !valid();
    }

    public String updatedText() {
        return VersionFacts.when(updatedAt);
    }

    /** Textareas for the languages flow.yaml lists (when it reads) and for every texts file given. */
    static List<TextArea> areas(FlowFiles files) {
        Set<String> langs = new LinkedHashSet<>();
        try {
            langs.addAll(FlowLoader.fromYaml("draft", files.flowYaml(), java.util.Map.of()).languages());
        } catch (RuntimeException e) {
            // flow.yaml does not read: keep the files she has
        }
        langs.addAll(files.texts().keySet());
        List<TextArea> areas = new ArrayList<>();
        for (String lang : langs) {
            if (lang != null && lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
                areas.add(new TextArea(lang, files.texts().getOrDefault(lang, "")));
            }
        }
        return areas;
    }
}
