package org.sakhiline.admin.simulator;

/** Why the simulator will not do what was asked (no draft, a broken draft, a phone outside her scope...), in words for the page. */
public class SimulatorRefusal extends RuntimeException {
    public SimulatorRefusal(String message) {
        super(message);
    }
}
