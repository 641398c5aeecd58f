package org.sakhiline.demo;

/** Where the demo generator sends its rows: the database, or a digest in tests. */
public interface RowSink {

    /** One row of {@code table}; values in the order of {@link DemoTable#columns}. */
    void row(DemoTable table, Object... values);

    /**
     * Every row emitted so far has its parents emitted too, so a sink may commit here. Called at least
     * once per group.
     */
    default void checkpoint() {}
}
