package org.sakhiline.admin.reports;

import java.util.List;

/** What a report page shows: the choice form, export links, tables with drill-down links, and the definitions. */
public record ReportView(String title, String subtitle, String path, Long unitId, String unitQuery, String upLink,
                         List<Field> fields, String csvLink, String xlsxLink, List<Table> tables, List<Action> actions,
                         List<String> definitions, String computedAt) {

    /** A field of the GET form that picks the date or month. */
    public record Field(String label, String type, String name, String value) {}

    public record Table(String id, String caption, List<String> headings, List<Row> rows) {}

    /** A line: its name (a link one level down, or to the member), a note under it, its figures. */
    public record Row(String label, String link, String note, List<String> cells, boolean total) {}

    /** A definition as its term ("Savings per member") and what it means; the term is empty when the line has none. */
    public record Definition(String term, String text) {

        static Definition of(String line) {
            int colon = line.indexOf(": ");
            return colon <= 0 || colon > 60 ? new Definition("", line) : new Definition(line.substring(0, colon), line.substring(colon + 2));
        }
    }

    /** The definitions, each split into its term and meaning for the page. */
    public List<Definition> terms() {
        return definitions.stream().map(Definition::of).toList();
    }

    /** A button that posts (with the CSRF token), e.g. "Grade this group now". */
    public record Action(String path, String id, String label) {}
}
