package org.sakhiline.menu;

/** What a node does: waits for a numbered choice, waits for typed input, runs an action, shows text, or ends. */
public enum NodeKind {
    /** Prompt and numbered options; waits for a choice. */
    MENU,
    /** Prompt; waits for digits, an amount or a PIN. */
    INPUT,
    /** Runs a named action and routes on its outcome; no wait. */
    ACTION,
    /** Shows its prompt above the next screen and moves on; no wait. */
    MESSAGE,
    /** Shows its prompt and ends the session. */
    END
}
