package org.sakhiline.menu.books;

import org.sakhiline.messaging.OutgoingMessage;

/**
 * The SMS that carries a one-time code, in her language. Outbound SMS texts (and India's DLT template ids)
 * belong to the SMS channel's templates, a layer above the menu, so that layer provides this.
 */
public interface PinCodeMessages {

    /** The outbox message to {@code phone} with {@code code}, valid {@code minutes}, in {@code languageTag}. */
    OutgoingMessage pinCode(String phone, String languageTag, String code, long minutes);
}
