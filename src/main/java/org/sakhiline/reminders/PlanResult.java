package org.sakhiline.reminders;

import java.time.Instant;

/**
 * What one planner run did.
 *
 * @param from          window start (exclusive): send instants after it were planned
 * @param to            window end (inclusive)
 * @param reminders     reminders found due in the window (one per member, occurrence and channel)
 * @param newRows       outbox rows this run added (the rest already existed: same dedupe key; two racing
 *                      planners may both count a row the outbox kept once)
 * @param skippedNoPhone members with a due reminder but no phone
 * @param rowsRead      database rows the planner's queries returned
 * @param millis        wall time of the run
 * @param writeMillis   of which writing the outbox rows
 */
public record PlanResult(Instant from, Instant to, int reminders, int newRows, int skippedNoPhone, long rowsRead,
                         long millis, long writeMillis) {

    public static PlanResult empty(Instant from, Instant to) {
        return new PlanResult(from, to, 0, 0, 0, 0, 0, 0);
    }
}
