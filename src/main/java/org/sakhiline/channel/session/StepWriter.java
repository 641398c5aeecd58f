package org.sakhiline.channel.session;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.sakhiline.menu.Step;
import org.sakhiline.menu.books.MenuEffectWriter;

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

    /** The step, with its effects written. May block: never on an I/O thread. */
    public Step run(Supplier<Step> compute) {
        Step step = compute.get();
        return step.readOnly() ? step : computeAndWrite(compute);
    }

    /** Computes the step inside one transaction (PIN reads locked) and writes its effects before commit. */
    public Step computeAndWrite(Supplier<Step> compute) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Step step = compute.get();
            writer.apply(step.effects());
            return step;
        });
    }
}
