package org.sakhiline.support.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * SMS in and out, and every send the outbox makes:
 * {@code sakhiline.sms.in{gateway, kind, reply}} (kind: what the message was taken for, e.g. BALANCE, UNKNOWN_PHONE;
 * reply: INLINE, OUTBOX, NONE), {@code sakhiline.sms.out{kind, result}} (kind: the template key) and
 * {@code sakhiline.outbox.sends{channel, provider, result}} (result: accepted, retry, rejected).
 */
@ApplicationScoped
public class MessageMeters {

    public static final String ACCEPTED = "accepted";
    public static final String RETRY = "retry";
    public static final String REJECTED = "rejected";

    private final MeterRegistry registry;
    private final BoundedTag gateways = new BoundedTag(10);
    private final BoundedTag inKinds = new BoundedTag(60);
    private final BoundedTag outKinds = new BoundedTag(200);

    public MessageMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    public void received(String gateway, String kind, String reply) {
        Counter.builder("sakhiline.sms.in").description("Inbound SMS by gateway, what it was taken for and how it was answered")
                .tags("gateway", gateways.of(gateway), "kind", inKinds.of(kind), "reply", reply == null ? "NONE" : reply)
                .register(registry).increment();
    }

    /** One send attempt's result; {@code templateKey} names an SMS's kind (null for calls). */
    public void sent(String channel, String provider, String templateKey, boolean accepted, boolean permanent) {
        String result = accepted ? ACCEPTED : permanent ? REJECTED : RETRY;
        Counter.builder("sakhiline.outbox.sends").description("Outbox send attempts by channel, provider and result")
                .tags("channel", channel, "provider", gateways.of(provider), "result", result)
                .register(registry).increment();
        if ("SMS".equals(channel)) {
            Counter.builder("sakhiline.sms.out").description("Outbound SMS send attempts by template and result")
                    .tags("kind", outKinds.of(templateKey), "result", result)
                    .register(registry).increment();
        }
    }
}
