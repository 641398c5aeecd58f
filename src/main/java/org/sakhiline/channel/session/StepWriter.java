package org.sakhiline.channel.session;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.menu.Step;
import org.sakhiline.menu.books.MenuEffectWriter;
import org.sakhiline.support.RetryOnDeadlock;

/**
 * Where the changes a menu step asks for ({@link Step#effects()}) are written, for every channel that runs
 * the engine. A step is first computed with plain reads; most steps only read and are answered as they are.
 * A step with effects was computed from reads that took no lock, so it is never applied as it is: it is
 * computed again inside one transaction — where judging a PIN reads her row with {@code SELECT … FOR UPDATE}
 * — and its effects are written in that transaction before it commits. Parallel sessions of one member
 * queue on that lock: what each is told is what was written, and nobody gets an extra PIN try.
 */
@ApplicationScoped
public class StepWriter {

    private final MenuEffectWriter writer;

    public StepWriter(MenuEffectWriter writer) {
        this.writer = writer;
    }

    /** The step of a USSD session, with its effects written. May block: never on an I/O thread. */
    public Step run(Supplier<Step> compute) {
        return run(Channel.USSD, compute);
    }

    /**
     * The step, with its effects written as taken through {@code channel}. A meeting sheet the step enters is opened
     * first, in its own transaction, so the step's transaction reads it whole. May block: never on an I/O thread.
     */
    public Step run(Channel channel, Supplier<Step> compute) {
        Step step = compute.get();
        if (step.readOnly()) {
            return step;
        }
        writer.openSheets(step.effects(), channel);
        return computeAndWrite(channel, compute);
    }

    /** Computes the step inside one transaction (PIN reads locked) and writes its effects before commit. */
    public Step computeAndWrite(Supplier<Step> compute) {
        return computeAndWrite(Channel.USSD, compute);
    }

    private Step computeAndWrite(Channel channel, Supplier<Step> compute) {
        return RetryOnDeadlock.inNewTransaction("menu step", () -> {
            Step step = compute.get();
            writer.apply(step.effects(), channel);
            return step;
        });
    }

    /**
     * A step that writes ({@code first}, computed without locks), written together with what the channel keeps of it:
     * in one transaction, {@code repeated} looks first (locking the channel's session row) for the answer a repeat of
     * this hop already got — then nothing is computed or written — else the step is computed again, its effects
     * written and {@code keep} stores the channel's record (the session row and the answer) before the commit. A
     * conflict at commit (deadlock; Galera certification) runs the whole transaction again. Never on an I/O thread.
     */
    public <T> T writeAndKeep(Channel channel, Step first, Supplier<Step> compute, Supplier<Optional<T>> repeated,
                              Function<Step, T> keep) {
        writer.openSheets(first.effects(), channel);
        return RetryOnDeadlock.inNewTransaction("menu step", () -> {
            Optional<T> answered = repeated.get();
            if (answered.isPresent()) {
                return answered.get();
            }
            Step step = compute.get();
            writer.apply(step.effects(), channel);
            return keep.apply(step);
        });
    }
}
