package org.sakhiline.channel.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sakhiline.reminders.SmsSubscriptionRequest;

/** Test observer standing in for the reminders work: records STOP/START events. */
@ApplicationScoped
public class SmsSubscriptionRecorder {

    private final List<SmsSubscriptionRequest> seen = new CopyOnWriteArrayList<>();

    /** A method, not the field: the test holds a client proxy, whose own fields stay empty. */
    public List<SmsSubscriptionRequest> seen() {
        return List.copyOf(seen);
    }

    void record(@Observes SmsSubscriptionRequest request) {
        seen.add(request);
    }
}
