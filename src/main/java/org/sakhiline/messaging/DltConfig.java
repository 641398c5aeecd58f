package org.sakhiline.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** India DLT registration of this deployment ({@code sakhiline.dlt.*}). */
@ConfigMapping(prefix = "sakhiline.dlt")
public interface DltConfig {

    /** The federation's Principal Entity ID from its DLT portal; sent with every SMS to an Indian number. */
    Optional<String> entityId();

    /**
     * Demo and tests only: a text without a template id gets an obviously fake one
     * ({@value SmsRouting#PLACEHOLDER_PREFIX}…) instead of being refused. Production refuses to start with it.
     */
    @WithDefault("false")
    boolean placeholderTemplateIds();

    /** Languages members on Indian numbers may have: every text in these needs a template id. */
    @WithDefault("en,hi,hi-Latn,as,bn,mni")
    List<String> languages();
}
