package org.sakhiline.support.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Background and bulk work: {@code sakhiline.reminders.planned} (new outbox rows) with
 * {@code sakhiline.reminders.plan} (each planning run), and {@code sakhiline.import{kind, mode, result}}.
 * Report timings are {@code @Timed("sakhiline.report")} on the report services themselves.
 */
@ApplicationScoped
public class WorkMeters {

    private final MeterRegistry registry;
    private final BoundedTag kinds = new BoundedTag(20);

    public WorkMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    public void remindersPlanned(int newRows, long millis) {
        Counter.builder("sakhiline.reminders.planned").description("Reminders planned: new outbox rows written")
                .register(registry).increment(newRows);
        Timer.builder("sakhiline.reminders.plan").description("Reminder planning runs")
                .register(registry).record(millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Times one import; {@code resultOf} names how it ended (done, refused). An exception is {@code failed}.
     *
     * @param dryRun a check that writes nothing ({@code mode=check}) or the import itself ({@code mode=write})
     */
    public <T> T imported(String kind, boolean dryRun, Supplier<T> work, Function<T, String> resultOf) {
        long started = System.nanoTime();
        String result = "failed";
        try {
            T out = work.get();
            result = resultOf.apply(out);
            return out;
        } finally {
            Timer.builder("sakhiline.import").description("Spreadsheet imports by kind, mode and result")
                    .tags("kind", kinds.of(kind), "mode", dryRun ? "check" : "write", "result", result)
                    .register(registry).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }
}
