package org.sakhiline.channel.sms;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import org.sakhiline.messaging.DltConfig;
import org.sakhiline.messaging.DltPattern;
import org.sakhiline.messaging.SmsRouting;
import org.sakhiline.reminders.ReminderTemplates;
import org.sakhiline.reminders.ReminderTexts;

/**
 * The India DLT check over every text that can be sent to an Indian number: each SMS reply, receipt and
 * reminder in each language members on Indian numbers may have ({@code sakhiline.dlt.languages}, after the
 * fallback to the base language and English that sending applies). For each it proves, for all values,
 * that the rendering matches the registration {@link DltPattern} derives, and requires a template id.
 *
 * <p>The texts ship with the service, so starting it is their publication: with a route for India
 * ({@code sakhiline.sms-routes}) the service refuses to start while any text lacks an id or a proof, and
 * says which key in which language. The console's outbox page shows the same findings.
 */
@ApplicationScoped
public class SmsDltCheck {

    private static final Logger LOG = Logger.getLogger(SmsDltCheck.class);

    /** One text as sent: where it is written, its key and language, Qute source and DLT id (null = none). */
    public record DltText(String file, String key, String language, String source, String dltTemplateId) {

        String where() {
            return file.startsWith("menus/sms/") ? "dlt: " + key + " in " + file : "dlt_" + key + " in " + file;
        }
    }

    /** A text with the registration the federation must file for it. */
    public record Registration(DltText text, String pattern) {}

    @Inject
    SmsTemplates sms;

    @Inject
    ReminderTexts reminders;

    @Inject
    SmsRouting routing;

    @Inject
    DltConfig dlt;

    void gate(@Observes StartupEvent event) {
        if (!routing.indiaRouted()) {
            return;
        }
        List<String> problems = problems(texts(), !dlt.placeholderTemplateIds());
        if (dlt.entityId().isEmpty()) {
            problems.add(0, "sakhiline.dlt.entity-id (the federation's DLT Principal Entity ID) is not set");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("SMS to India is routed (sakhiline.sms-routes) but " + problems.size()
                    + " DLT problem(s) would make operators drop messages:\n  " + String.join("\n  ", problems));
        }
        if (dlt.placeholderTemplateIds()) {
            LOG.warn("DLT: texts without a template id get PLACEHOLDER ids (sakhiline.dlt.placeholder-template-ids): "
                    + "for demos and tests only");
        }
    }

    /** What the console warns about: nothing while India is not routed. Texts ship with the build: computed once. */
    public List<String> warnings() {
        if (!routing.indiaRouted()) {
            return List.of();
        }
        List<String> known = warnings;
        if (known == null) {
            List<String> out = problems(texts(), true);
            if (dlt.placeholderTemplateIds() && !out.isEmpty()) {
                out.add(0, "These texts go out with PLACEHOLDER template ids (demo/test setting): operators would drop them.");
            }
            warnings = known = List.copyOf(out);
        }
        return known;
    }

    private volatile List<String> warnings;

    /** Every text with the registration to file for it (the console's DLT list, the checklist's source). */
    public List<Registration> registrations() {
        return texts().stream().map(t -> new Registration(t,
                DltPattern.of(t.source(), DltVariables.widths(t.language())).registration())).toList();
    }

    /**
     * What is wrong with these texts for India, one line per key and language: no template id (when
     * {@code idsRequired}), or no provable pattern.
     */
    public static List<String> problems(List<DltText> texts, boolean idsRequired) {
        List<String> problems = new ArrayList<>();
        for (DltText t : texts) {
            DltPattern p = DltPattern.of(t.source(), DltVariables.widths(t.language()));
            for (String problem : p.problems()) {
                problems.add("text '" + t.key() + "' in " + t.language() + " (" + t.file() + "): " + problem);
            }
            if (idsRequired && (t.dltTemplateId() == null || t.dltTemplateId().startsWith(SmsRouting.PLACEHOLDER_PREFIX))) {
                problems.add("text '" + t.key() + "' in " + t.language() + " has no DLT template id: add " + t.where()
                        + " (register: " + p.registration() + ")");
            }
        }
        return problems;
    }

    /** The texts that can reach an Indian number, each once (two languages falling back to en share en's). */
    public List<DltText> texts() {
        Map<String, DltText> out = new LinkedHashMap<>();
        for (String lang : dlt.languages()) {
            TreeSet<String> keys = new TreeSet<>(sms.source("en").keySet());
            keys.addAll(sms.source(lang).keySet());
            for (String key : keys) {
                String used = sms.resolve(lang, key);
                out.putIfAbsent("sms/" + used + "/" + key, new DltText("menus/sms/" + used + ".yaml", key, used,
                        sms.source(used).get(key), sms.dltTemplateId(used, key)));
            }
            ReminderTemplates r = reminders.templates();
            for (String key : concat(ReminderTemplates.SMS_KEYS, ReminderTemplates.REPLY_KEYS)) {
                String used = r.effectiveLanguage(lang, key);
                out.putIfAbsent("reminders/" + used + "/" + key, new DltText("menus/reminders/" + used + ".yaml", key,
                        used, r.source(used, key), r.dltId(used, key)));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
