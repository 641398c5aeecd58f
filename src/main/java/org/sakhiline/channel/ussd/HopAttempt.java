package org.sakhiline.channel.ussd;

/**
 * What trying a hop on the I/O thread it arrived on gave: the answer, or why it must run on a worker
 * instead (nothing was written either way but, for an answer, the session).
 */
sealed interface HopAttempt<T> {

    record Answered<T>(T answer) implements HopAttempt<T> {}

    /** @param why what would have blocked: a step's effects to write, a flow version not loaded here yet */
    record NeedsWorker<T>(String why) implements HopAttempt<T> {}
}
