package org.sakhiline.reminders;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Reminder planner settings ({@code sakhiline.reminders.*}). */
@ConfigMapping(prefix = "sakhiline.reminders")
public interface ReminderConfig {

    /** How often the planner job runs; {@code off} disables it (tests, or an instance that should not plan). */
    @WithDefault("1m")
    String planEvery();

    /**
     * How far back a run reaches when the last planned instant is older (after downtime): reminders
     * meant for earlier are given up rather than sent hours late.
     */
    @WithDefault("6h")
    Duration catchUp();

    /** Outbox rows written per transaction. */
    @WithDefault("500")
    int batchSize();

    /** Read templates from this directory instead of the copy packaged in the jar. */
    Optional<Path> templatesDir();
}
