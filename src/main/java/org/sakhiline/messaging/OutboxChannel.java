package org.sakhiline.messaging;

/** Channel an outbox row goes out on; the dispatcher here sends SMS, VOICE rows are for the voice module. */
public enum OutboxChannel {
    SMS, VOICE
}
