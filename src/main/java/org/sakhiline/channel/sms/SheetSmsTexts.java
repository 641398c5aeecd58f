package org.sakhiline.channel.sms;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.sakhiline.books.sheets.SheetTexts;

/** Meeting-sheet receipts and WRONG answers, from the same {@code menus/sms/<lang>.yaml} as every SMS text. */
@ApplicationScoped
public class SheetSmsTexts implements SheetTexts {

    private final SmsTemplates templates;

    public SheetSmsTexts(SmsTemplates templates) {
        this.templates = templates;
    }

    @Override
    public Text render(String langTag, String key, Map<String, String> values) {
        SmsTemplates.Rendered r = templates.render(langTag, key, values);
        return new Text(r.text(), r.language(), r.key(), r.dltTemplateId());
    }
}
