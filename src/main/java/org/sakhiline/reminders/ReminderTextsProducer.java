package org.sakhiline.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.sakhiline.messaging.DltConfig;
import org.sakhiline.messaging.SmsRouting;

/** The reminder texts, read once: every reminder and every STOP/START reply is rendered with them. */
@ApplicationScoped
public class ReminderTextsProducer {

    @Produces
    @Singleton
    ReminderTexts texts(ReminderConfig config, SmsRouting routing, DltConfig dlt) {
        return new ReminderTexts(ReminderTemplates.load(config.templatesDir().orElse(null)),
                routing.indiaRouted() ? new java.util.HashSet<>(dlt.languages()) : java.util.Set.of());
    }
}
