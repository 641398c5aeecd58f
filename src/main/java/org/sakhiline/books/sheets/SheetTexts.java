package org.sakhiline.books.sheets;

import java.util.Map;

/**
 * The texts a sheet sends members, rendered from {@code menus/sms/<lang>.yaml} by the SMS channel (books do
 * not import channels: the channel provides this bean). Keys: {@link #RECEIPT}, {@link #RECEIPT_FIX},
 * {@link #WRONG_NOTED}, {@link #WRONG_NONE}.
 */
public interface SheetTexts {

    String RECEIPT = "sheet_receipt";
    String RECEIPT_FIX = "sheet_receipt_fix";
    String WRONG_NOTED = "sheet_wrong_noted";
    String WRONG_NONE = "sheet_wrong_none";

    /** A rendered text: body, the language it is in, its key and DLT template id (null outside India). */
    record Text(String body, String language, String key, String dltTemplateId) {}

    /** {@code values} arrive formatted (amounts "Rs 1,250", dates in her language). */
    Text render(String langTag, String key, Map<String, String> values);
}
