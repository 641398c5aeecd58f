package org.sakhiline.channel.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test observer standing in for the reminders work: records STOP/START events. */
@ApplicationScoped
public class SmsSubscriptionRecorder {

    public final List<SmsSubscriptionRequest> seen = new CopyOnWriteArrayList<>();

    void record(@Observes SmsSubscriptionRequest request) {
        seen.add(request);
    }
}
