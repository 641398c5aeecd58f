package org.sakhiline.admin.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.sakhiline.messaging.OutboxChannel;
import org.sakhiline.messaging.ProviderReadiness;

/**
 * The first attention item when no SMS gateway (or no call sender) can send: the outbox then keeps every message
 * waiting, and until now only the server log said so. Shown whether or not a message waits yet, with how many do.
 */
@ApplicationScoped
public class ProviderMissing implements AttentionSource {

    /** The id the outbox page's banner has too: one look for one problem. */
    static final String ID = "provider-banner";

    private final ProviderReadiness readiness;
    private final MessageFigures messages;

    public ProviderMissing(ProviderReadiness readiness, MessageFigures messages) {
        this.readiness = readiness;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public List<AttentionItem> items(DashboardScope scope) {
        boolean sms = readiness.smsProviderConfigured();
        boolean calls = readiness.callProviderConfigured();
        if (sms && calls) {
            return List.of();
        }
        BookPageMessages m = BookTexts.m();
        List<String> lines = new ArrayList<>();
        if (!sms) {
            lines.add(m.dash_no_sms_provider(messages.waiting(scope, OutboxChannel.SMS)));
        }
        if (!calls) {
            lines.add(m.dash_no_call_provider(messages.waiting(scope, OutboxChannel.VOICE)));
        }
        return List.of(new AttentionItem(ID, String.join(" ", lines), m.dash_no_provider_detail(),
                "/admin/outbox?status=pending", m.dash_see_waiting(), true));
    }

    @Override
    public String what() {
        return BookTexts.m().dash_what_provider();
    }
}
