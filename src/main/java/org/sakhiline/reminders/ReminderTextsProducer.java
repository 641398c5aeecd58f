package org.sakhiline.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The reminder texts, read once: every reminder and every STOP/START reply is rendered with them. */
@ApplicationScoped
public class ReminderTextsProducer {

    @Produces
    @Singleton
    ReminderTexts texts(ReminderConfig config) {
        return new ReminderTexts(ReminderTemplates.load(config.templatesDir().orElse(null)));
    }
}
