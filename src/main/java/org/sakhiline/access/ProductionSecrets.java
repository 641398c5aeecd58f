package org.sakhiline.access;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * A production start (the packaged app, which is also what scripts/demo runs) refuses to serve with an
 * empty or short secret: an empty USSD gateway secret would let anyone who finds the URL read members' books
 * by naming their phone numbers, an empty session key makes a fresh random key per start, and a short one is
 * guessable. Dev mode and tests start without them. The log names the setting, never its value.
 */
@ApplicationScoped
public class ProductionSecrets {

    private static final Logger LOG = Logger.getLogger(ProductionSecrets.class);

    /** A secret the service needs, the environment variable that usually supplies it, and its shortest length. */
    public record Secret(String property, String environment, int minLength) {
    }

    public static final List<Secret> REQUIRED = List.of(
            new Secret("sakhiline.ussd.gateway-secret", "SAKHILINE_USSD_GATEWAY_SECRET", 16),
            new Secret("sakhiline.pins.pepper", "SAKHILINE_PINS_PEPPER", 16),
            new Secret("quarkus.http.auth.session.encryption-key", "SAKHILINE_SESSION_KEY", 32));

    private final Config config;

    public ProductionSecrets(Config config) {
        this.config = config;
    }

    /** Before anything else observes the start (first administrator, demo data, jobs). */
    void check(@Observes @Priority(1) StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        List<String> problems = problems(this::value);
        if (!problems.isEmpty()) {
            String message = "Refusing to start: " + String.join("; ", problems);
            LOG.error(message);
            throw new ConfigurationException(message);
        }
    }

    /** What is wrong with the secrets {@code lookup} gives (empty list: all good). Never says a value. */
    public static List<String> problems(Function<String, Optional<String>> lookup) {
        List<String> problems = new ArrayList<>();
        for (Secret s : REQUIRED) {
            String value = lookup.apply(s.property()).map(String::strip).orElse("");
            if (value.length() < s.minLength()) {
                problems.add(s.environment() + " (" + s.property() + ") is " + (value.isEmpty() ? "empty or missing" : "too short")
                        + ": set at least " + s.minLength() + " random characters");
            }
        }
        return problems;
    }

    private Optional<String> value(String property) {
        try {
            return config.getOptionalValue(property, String.class);
        } catch (NoSuchElementException | IllegalArgumentException e) {
            return Optional.empty();   // ${VAR} with VAR unset: as missing as it gets
        }
    }
}
