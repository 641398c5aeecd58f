package org.sakhiline.admin.simulator;

import java.util.List;

/**
 * What the simulator page shows: the chosen phone, flow and source, the member search, and the running
 * simulation of the selected channel (its current screen and transcript).
 *
 * @param screen   the phone's screen now: the USSD screen, the last SMS reply, or the last thing said
 * @param mode     CON/END for USSD, else empty
 */
public record SimulatorPage(String channel, String phone, String source, String flow, List<String> flows, String q,
                            List<SimulatorMembers.Found> found, String sim, boolean live, String screen, String mode,
                            List<TranscriptEntry> transcript, String error) {

    public boolean ussd() {
        return "ussd".equals(channel);
    }

    public boolean sms() {
        return "sms".equals(channel);
    }

    public boolean voice() {
        return "voice".equals(channel);
    }

    /** The phone for a link's query string ("+" would read as a space). */
    public String phoneParam() {
        return java.net.URLEncoder.encode(phone, java.nio.charset.StandardCharsets.UTF_8);
    }

    public boolean draft() {
        return "draft".equals(source);
    }

    /** Keys of the phone's keypad, in keypad order. */
    public List<String> keypad() {
        return List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#");
    }
}
