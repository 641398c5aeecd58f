package org.sakhiline.menu;

/** One reason a flow cannot be published, naming the file, node and language it concerns (null when n/a). */
public record FlowProblem(String file, String node, String language, String message) {
    @Override
    public String toString() {
        return file + (node != null ? " node '" + node + "'" : "") + (language != null ? " [" + language + "]" : "") + ": " + message;
    }
}
