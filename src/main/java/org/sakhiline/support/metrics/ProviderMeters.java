package org.sakhiline.support.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;

/**
 * Latency of the providers' HTTP APIs as the service sees it:
 * {@code sakhiline.provider.request{provider, method, resource, status}}, status the HTTP class (2xx, 4xx, 5xx)
 * or {@code error} when no answer came. The resource is the API's collection (Messages, Calls), never a path
 * with an account or message id in it.
 */
@ApplicationScoped
public class ProviderMeters {

    private final MeterRegistry registry;
    private final BoundedTag resources = new BoundedTag(20);

    public ProviderMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** @param status the HTTP status, or 0 when the request failed without one */
    public void request(String provider, String method, String resource, int status, long nanos) {
        Timer.builder("sakhiline.provider.request").description("Provider API requests (Twilio, Exotel) by result")
                .tags("provider", provider, "method", method, "resource", resources.of(resource),
                        "status", status <= 0 ? "error" : (status / 100) + "xx")
                .serviceLevelObjectives(HopMeters.BUCKETS)
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }
}
