package org.sakhiline.admin.flows;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** File-by-file line diff of two flows as files ({@code flow.yaml}, {@code texts/<lang>.yaml}). */
public final class FlowDiff {

    /** One file: its diff (folded around changes), or nothing when it did not change. */
    public record FileDiff(String path, boolean changed, List<LineDiff.Line> lines, int added, int removed) {}

    static final int CONTEXT = 3;

    private FlowDiff() {}

    public static List<FileDiff> between(FlowFiles from, FlowFiles to) {
        Map<String, String> a = from.byPath();
        Map<String, String> b = to.byPath();
        Set<String> paths = new LinkedHashSet<>(a.keySet());
        paths.addAll(b.keySet());
        List<FileDiff> files = new ArrayList<>();
        for (String path : paths) {
            List<LineDiff.Line> lines = LineDiff.diff(a.getOrDefault(path, ""), b.getOrDefault(path, ""));
            int added = (int) lines.stream().filter(l -> l.kind() == LineDiff.Kind.ADDED).count();
            int removed = (int) lines.stream().filter(l -> l.kind() == LineDiff.Kind.REMOVED).count();
            boolean changed = added + removed > 0;
            files.add(new FileDiff(path, changed, changed ? LineDiff.folded(lines, CONTEXT) : List.of(), added, removed));
        }
        return files;
    }
}
