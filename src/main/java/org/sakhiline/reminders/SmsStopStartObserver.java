package org.sakhiline.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Applies SMS STOP/START to reminders. The SMS channel fires {@link SmsSubscriptionRequest} inside the
 * inbound message's transaction and answers nothing itself (Twilio's opt-out handling confirms to her),
 * so only the setting changes here, for every active member on that phone.
 */
@ApplicationScoped
public class SmsStopStartObserver {

    @Inject
    ReminderPreferences preferences;

    void onSubscription(@Observes SmsSubscriptionRequest request) {
        preferences.apply(request.phone(), request.action() == SmsSubscriptionRequest.Action.STOP
                ? ReminderPreferences.Keyword.STOP : ReminderPreferences.Keyword.START);
    }
}
