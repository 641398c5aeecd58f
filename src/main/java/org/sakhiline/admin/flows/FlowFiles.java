package org.sakhiline.admin.flows;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A flow as the files of {@code menus/<key>/}: {@code flow.yaml} and one {@code texts/<lang>.yaml} per
 * language, in the flow's language order. What the editor shows, the diff compares and the zip holds.
 */
public record FlowFiles(String flowYaml, Map<String, String> texts) {

    public static final String FLOW_FILE = "flow.yaml";

    public FlowFiles {
        flowYaml = flowYaml == null ? "" : flowYaml;
        texts = texts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    public static String textFile(String lang) {
        return "texts/" + lang + ".yaml";
    }

    /** Path inside the flow's directory → content, flow.yaml first. */
    public Map<String, String> byPath() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(FLOW_FILE, flowYaml);
        texts.forEach((lang, yaml) -> files.put(textFile(lang), yaml));
        return files;
    }
}
