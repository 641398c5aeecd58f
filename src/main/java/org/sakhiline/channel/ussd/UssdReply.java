package org.sakhiline.channel.ussd;

/** One screen for the handset, and whether the session stays open for an answer. */
public record UssdReply(String text, boolean continues) {

    /** Africa's Talking wire form: {@code CON ...} or {@code END ...}. */
    public String africasTalking() {
        return (continues ? "CON " : "END ") + text;
    }

    /** Back from the wire form (as a session row keeps the last answer). */
    static UssdReply fromAfricasTalking(String wire) {
        return new UssdReply(wire.substring(4), wire.startsWith("CON "));
    }
}
