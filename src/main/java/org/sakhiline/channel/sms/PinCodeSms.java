package org.sakhiline.channel.sms;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.sakhiline.menu.books.PinCodeMessages;
import org.sakhiline.messaging.OutgoingMessage;

/** The one-time code SMS from {@code menus/sms/<lang>.yaml} ({@code pin_code}, with its DLT template id). */
@ApplicationScoped
public class PinCodeSms implements PinCodeMessages {

    public static final String TEMPLATE = "pin_code";

    private final SmsTemplates templates;

    public PinCodeSms(SmsTemplates templates) {
        this.templates = templates;
    }

    @Override
    public OutgoingMessage pinCode(String phone, String languageTag, String code, long minutes) {
        SmsTemplates.Rendered text = templates.render(languageTag, TEMPLATE, Map.of("code", code, "minutes", minutes));
        return OutgoingMessage.sms(phone, text.text()).withLanguage(text.language())
                .withTemplate(text.key(), text.dltTemplateId());
    }
}
