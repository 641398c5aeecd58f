package org.sakhiline.channel.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sakhiline.menu.ValueType;
import org.sakhiline.messaging.DltConfig;
import org.sakhiline.messaging.DltPattern;
import org.sakhiline.messaging.LogOnlySmsSender;
import org.sakhiline.messaging.SmsGateway;
import org.sakhiline.messaging.SmsRoutesConfig;
import org.sakhiline.messaging.SmsRouting;
import org.sakhiline.reminders.ReminderTemplates;
import org.sakhiline.reminders.ReminderTexts;
import org.sakhiline.support.i18n.DateText;
import org.sakhiline.support.i18n.Languages;
import org.sakhiline.support.i18n.Money;

/**
 * The DLT check over the texts that ship: every text that can reach an Indian number has a registration
 * that every rendering matches (rendered here at the widest values and at ordinary ones), and a text
 * without a template id stops the service from starting once India is routed, naming key and language.
 */
class SmsDltCheckTest {

    private static final SmsTemplates SMS = new SmsTemplates().clippingFor(java.util.Set.copyOf(SmsTemplates.LANGUAGES));
    private static final ReminderTexts REMINDERS = new ReminderTexts(ReminderTemplates.load(null));

    @Test
    void everyShippedTextHasAProvableRegistrationAndEveryRenderingMatchesIt() {
        SmsDltCheck check = check(List.of("91=exotel"), true, Optional.of("1201"));
        List<SmsDltCheck.DltText> texts = check.texts();
        assertTrue(texts.size() > 50, "texts: " + texts.size());
        assertEquals(List.of(), SmsDltCheck.problems(texts, false));
        List<String> mismatches = new ArrayList<>();
        for (SmsDltCheck.DltText t : texts) {
            DltPattern p = DltPattern.of(t.source(), DltVariables.widths(t.language()));
            Map<String, String> unchangedPlace = new HashMap<>(ordinary(t.language()));
            unchangedPlace.put("place", ""); // a reminder names the place only when it is not the usual one
            for (Map<String, String> values : List.of(widest(t.language()), ordinary(t.language()), unchangedPlace)) {
                if (t.file().startsWith("menus/sms/") && values == unchangedPlace) {
                    continue; // SMS replies say "-" for no place
                }
                String rendered = t.file().startsWith("menus/sms/") ? SMS.render(t.language(), t.key(), values).text()
                        : REMINDERS.templates().render(t.language(), t.key(), new HashMap<>(clipped(values)));
                if (!p.matches(rendered)) {
                    mismatches.add(t.key() + "/" + t.language() + ": '" + rendered + "' vs " + p.registration());
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }

    /** The registrations to file, one row per text: target/dlt-registrations.md (the DLT checklist's list). */
    @Test
    void writesTheRegistrationsToFile() throws java.io.IOException {
        StringBuilder table = new StringBuilder("| file | key | language | register on the DLT portal |\n|---|---|---|---|\n");
        List<SmsDltCheck.Registration> all = check(List.of("91=exotel"), true, Optional.of("1201")).registrations();
        for (SmsDltCheck.Registration r : all) {
            table.append("| ").append(r.text().file()).append(" | ").append(r.text().key()).append(" | ")
                    .append(r.text().language()).append(" | ").append(r.pattern().replace("|", "\\|")).append(" |\n");
        }
        java.nio.file.Path out = java.nio.file.Path.of("target", "dlt-registrations.md");
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.writeString(out, table);
        assertEquals(check(List.of("91=exotel"), true, Optional.of("1201")).texts().size(), all.size());
    }

    @Test
    void aTextWithoutTemplateIdIsRefusedAtStartForIndianRoutesNamingKeyAndLanguage() {
        // The shipped texts have no ids yet: with India routed and no placeholders the service must not start.
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> check(List.of("91=exotel", "92=twilio"), false, Optional.of("1201")).gate(null));
        assertTrue(e.getMessage().contains("text 'balance' in hi has no DLT template id: add dlt: balance in "
                + "menus/sms/hi.yaml"), e.getMessage());
        assertTrue(e.getMessage().contains("text 'meeting' in en has no DLT template id: add dlt_meeting in "
                + "menus/reminders/en.yaml"), e.getMessage());

        List<String> one = SmsDltCheck.problems(List.of(new SmsDltCheck.DltText("menus/sms/as.yaml", "receipt_deposit",
                "as", "{name}: {amount}.", null)), true);
        assertEquals(List.of("text 'receipt_deposit' in as has no DLT template id: add dlt: receipt_deposit in "
                + "menus/sms/as.yaml (register: {#var#}: {#var#}.)"), one);
        assertEquals(List.of(), SmsDltCheck.problems(List.of(new SmsDltCheck.DltText("menus/sms/as.yaml",
                "receipt_deposit", "as", "{name}: {amount}.", "1207000000000000001")), true));
    }

    @Test
    void withoutAnIndianRouteOrWithMarkedPlaceholdersTheServiceStarts() {
        check(List.of("92=twilio"), false, Optional.empty()).gate(null);
        assertEquals(List.of(), check(List.of("92=twilio"), false, Optional.empty()).warnings());
        check(List.of("91=exotel"), true, Optional.of("PLACEHOLDER-ENTITY")).gate(null);
        assertTrue(check(List.of("91=exotel"), true, Optional.of("x")).warnings().get(0).contains("PLACEHOLDER"));
        IllegalStateException noEntity = assertThrows(IllegalStateException.class,
                () -> check(List.of("91=exotel"), true, Optional.empty()).gate(null));
        assertTrue(noEntity.getMessage().contains("sakhiline.dlt.entity-id"));
    }

    private static SmsDltCheck check(List<String> routes, boolean placeholders, Optional<String> entity) {
        DltConfig dlt = new DltConfig() {
            public Optional<String> entityId() {
                return entity;
            }

            public boolean placeholderTemplateIds() {
                return placeholders;
            }

            public List<String> languages() {
                return List.of("en", "hi", "hi-Latn", "as", "bn", "mni");
            }
        };
        SmsRoutesConfig config = new SmsRoutesConfig() {
            public String defaultProvider() {
                return "twilio";
            }

            public List<String> byCallingCode() {
                return routes;
            }
        };
        SmsDltCheck check = new SmsDltCheck();
        check.sms = SMS;
        check.reminders = REMINDERS;
        check.dlt = dlt;
        check.routing = new SmsRouting(List.of(SmsGateway.named("twilio", new LogOnlySmsSender()),
                SmsGateway.named("exotel", new LogOnlySmsSender())), config, dlt);
        return check;
    }

    private static Map<String, ?> clipped(Map<String, String> values) {
        return DltVariables.clip(values);
    }

    /** Every placeholder at its widest: amounts, the widest date and time of the language, free text past its clip. */
    private static Map<String, String> widest(String lang) {
        Map<String, String> v = new HashMap<>();
        for (String money : List.of("amount", "balance", "due", "overdue", "outstanding", "max", "saved", "repaid", "fine", "left")) {
            v.put(money, ValueType.AMOUNT.widest(lang, 0));
        }
        v.put("date", ValueType.DATE.widest(lang, 0));
        v.put("day", ValueType.DAY_DATE.widest(lang, 0));
        v.put("time", ValueType.TIME.widest(lang, 0));
        for (String text : List.of("name", "place", "word", "entries", "choices")) {
            v.put(text, "W".repeat(200));
        }
        v.put("receipt", "L" + Long.MAX_VALUE);
        v.put("code", "999999");
        v.put("shg", "S".repeat(32));
        for (String number : List.of("no", "count", "tries", "minutes", "hours")) {
            v.put(number, String.valueOf(Integer.MIN_VALUE));
        }
        return v;
    }

    private static Map<String, String> ordinary(String lang) {
        boolean latin = "en".equals(lang) || Languages.roman(lang);
        Map<String, String> v = new HashMap<>(widest(lang));
        v.put("name", latin ? "Sunita Devi" : "सुनीता देवी");
        v.put("amount", Money.format(1_250_000, lang));
        v.put("date", DateText.date(LocalDate.of(2025, 9, 17), lang));
        v.put("day", DateText.dayDate(LocalDate.of(2025, 9, 17), lang));
        v.put("time", DateText.time(LocalTime.of(10, 30), lang));
        v.put("place", "Anganwadi centre");
        v.put("receipt", "1234567");
        v.put("count", "2");
        return v;
    }
}
