package org.sakhiline.menu;

/** A flow's files could not be read or parsed; the message names the file. */
public class FlowLoadException extends RuntimeException {
    public FlowLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
