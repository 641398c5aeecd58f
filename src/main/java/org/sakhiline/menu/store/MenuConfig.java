package org.sakhiline.menu.store;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Where flows come from and how big a screen is. */
@ConfigMapping(prefix = "sakhiline.menus")
public interface MenuConfig {

    /** Flows to load at startup, by key (each a directory {@code menus/<key>/}). */
    @WithDefault("main")
    List<String> flows();

    /** Read flows from this directory instead of the copy packaged in the jar (e.g. to edit in place). */
    Optional<Path> dir();

    /** Publish valid flow files found at startup when no stored version has their content. */
    @WithDefault("true")
    boolean publishOnStart();

    /**
     * How long an instance serves the version it knows as current before checking (one indexed query) for
     * a newer one published or rolled back elsewhere. Sessions already running keep their own version.
     */
    @WithDefault("2s")
    Duration currentCheck();

    /** Screen limits the validator enforces. */
    Screen screen();

    interface Screen {
        @WithDefault("182")
        int gsm7Chars();

        @WithDefault("80")
        int ucs2Units();

        @WithDefault("0")
        int reserve();
    }
}
