package org.sakhiline.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.function.BooleanSupplier;

/**
 * Whether the outbox has anyone to hand its messages to: an SMS gateway with credentials, a call sender
 * with credentials and a caller id. Without them the dispatcher leaves rows PENDING and only logs it once;
 * the console asks here so staff see it too (outbox list, dashboard). A query, nothing more: it reads the
 * same {@code ready()} answers the dispatcher acts on.
 */
@ApplicationScoped
public class ProviderReadiness {

    private final BooleanSupplier sms;
    private final BooleanSupplier calls;

    @Inject
    public ProviderReadiness(SmsSender smsSender, Instance<CallSender> callSenders) {
        this(smsSender::ready, () -> callSenders.isResolvable() && callSenders.get().ready());
    }

    /** Fixed answers, e.g. a test's stand-in installed with {@code QuarkusMock.installMockForType}. */
    public ProviderReadiness(BooleanSupplier sms, BooleanSupplier calls) {
        this.sms = sms;
        this.calls = calls;
    }

    /** True when at least one SMS gateway can send now: SMS rows then leave PENDING. */
    public boolean smsProviderConfigured() {
        return sms.getAsBoolean();
    }

    /** True when calls can be placed now: VOICE rows then leave PENDING. */
    public boolean callProviderConfigured() {
        return calls.getAsBoolean();
    }

    /** True when SMS and calls can both go out; false means some messages wait PENDING however long. */
    public boolean allProvidersConfigured() {
        return smsProviderConfigured() && callProviderConfigured();
    }
}
