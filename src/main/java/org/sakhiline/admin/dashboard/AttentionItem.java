package org.sakhiline.admin.dashboard;

/**
 * A sentence for the dashboard's "needs attention" list and the list it drills into.
 *
 * @param id       stable, for tests and anchors (e.g. {@code quiet-groups}, {@code par-vo-12})
 * @param text     plain words: "3 groups have held no meeting in 3 weeks"
 * @param detail   a second line, or null
 * @param href     the list behind the sentence
 * @param linkText what the link says: "See the groups"
 * @param alert    a banner at the top of the list (nothing is sent, for instance), not one item among others
 */
public record AttentionItem(String id, String text, String detail, String href, String linkText, boolean alert) {

    public AttentionItem(String id, String text, String detail, String href, String linkText) {
        this(id, text, detail, href, linkText, false);
    }
}
