package org.sakhiline.admin.dashboard;

import java.util.List;

/**
 * One kind of "needs attention" item on the dashboard. Every CDI bean implementing this is asked in turn (ordered
 * by {@link #order()}); a new kind — e.g. meeting sheets waiting for confirmation — is one more class, with no
 * change to the dashboard. An implementation filters by {@link DashboardScope#units()} itself and returns nothing
 * when all is well; a failure in one source is shown as "could not be checked" and does not hide the others.
 */
public interface AttentionSource {

    List<AttentionItem> items(DashboardScope scope);

    /** What this source checks, for "The {what} could not be checked just now" (in the reader's language). */
    default String what() {
        return BookTexts.m().dash_what_other();
    }

    /** Lower first; the built-in sources use 0 (no provider), 10 (meetings), 20 (loans), 30 (messages). */
    default int order() {
        return 100;
    }
}
