package org.sakhiline.messaging;

/** Channel an outbox row goes out on: SMS is sent as a text, VOICE is placed as a call that speaks the body. */
public enum OutboxChannel {
    SMS, VOICE
}
