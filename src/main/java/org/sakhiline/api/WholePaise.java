package org.sakhiline.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * An amount in paise exactly as a JSON integer. Jackson would otherwise cut {@code 100.7} to 100, read
 * {@code "100"} from a string and fail a number past {@code long} as unreadable JSON; each is refused here
 * with the field named.
 */
final class WholePaise extends JsonDeserializer<Long> {

    @Override
    public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw InvalidFormatException.from(p, "Cannot deserialize value of type `long` from " + p.getText()
                    + ": amounts are whole paise within range", p.getText(), Long.class);
        }
        return p.getLongValue();
    }
}
