package org.sakhiline.channel.ussd;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Request checks shared by the USSD endpoints. */
final class UssdRequests {

    private UssdRequests() {}

    /** Arguments are name/value pairs; returns the first name whose value is missing or blank. */
    static String firstMissing(String... nameValues) {
        for (int i = 0; i < nameValues.length; i += 2) {
            if (nameValues[i + 1] == null || nameValues[i + 1].isBlank()) {
                return nameValues[i];
            }
        }
        return null;
    }

    /**
     * Gateways send {@code +9198...}, {@code 009198...}, {@code 9198...} or with spaces; the ledger keeps
     * E.164. Returns null when it is not an international number (the gateway must send country codes).
     */
    static String e164(String raw) {
        String digits = raw.replaceAll("[\\s()-]", "");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        } else if (!digits.startsWith("+")) {
            // Without a '+' only a number that already carries a country code (11+ digits, no trunk
            // '0') is accepted: guessing one for "9876543210" would look up a stranger's number.
            if (digits.startsWith("0") || digits.length() < 11) {
                return null;
            }
            digits = "+" + digits;
        }
        return digits.matches("\\+[1-9][0-9]{6,14}") ? digits : null;
    }

    static Response badRequest(String message) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN_TYPE).entity(message).build();
    }
}
