package org.sakhiline.admin.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sakhiline.channel.voice.Speech;
import org.sakhiline.channel.voice.VoiceCalls;
import org.sakhiline.channel.voice.VoicePrompter;
import org.sakhiline.menu.Caller;
import org.sakhiline.menu.FlowVersion;
import org.sakhiline.menu.MenuBooks;
import org.sakhiline.menu.MenuEngine;
import org.sakhiline.menu.MenuOutput;
import org.sakhiline.menu.SessionState;
import org.sakhiline.menu.Step;

/**
 * A voice call in the console, as a transcript: each step lists the recordings played and the text said
 * (with its Twilio language), and the keys offered next. The real engine and the call's own rendering
 * ({@link VoiceCalls#hear}); no call is placed and nothing is written outside the simulator session.
 */
@ApplicationScoped
public class VoiceSimulator {

    private final MenuEngine engine;
    private final MenuBooks books;
    private final VoiceCalls calls;
    private final SimulatorFlows flows;
    private final SimulatorSessions sessions;

    public VoiceSimulator(MenuBooks realBooks, VoiceCalls calls, SimulatorFlows flows, SimulatorSessions sessions) {
        this.books = new SimulatedBooks(realBooks);
        this.engine = new MenuEngine(books);
        this.calls = calls;
        this.flows = flows;
        this.sessions = sessions;
    }

    public SimulatorSession call(SimulatorSession s, Instant now) {
        FlowVersion flow = flows.begin(s);
        SimulatorSessions.append(s, TranscriptEntry.you("calls the service"));
        Step step = engine.start(flow, Caller.claimed(s.phone, books.membersForPhone(s.phone)), now);
        hear(s, step, calls.hear(flow, step, true));
        sessions.save(s, now);
        return s;
    }

    /** Keys she pressed; "*" repeats the last screen as the call would, without running the menu. */
    public SimulatorSession press(SimulatorSession s, String keys, Instant now) {
        String pressed = keys == null ? "" : keys.strip();
        SimulatorSessions.append(s, TranscriptEntry.you(pressed.isEmpty() ? "presses nothing" : "presses " + pressed));
        if (s.ended) {
            SimulatorSessions.append(s, TranscriptEntry.note(TranscriptEntry.NOTE_CALL_ENDED));
        } else if (pressed.isEmpty()) {
            SimulatorSessions.append(s, TranscriptEntry.note(TranscriptEntry.NOTE_SILENCE));
        } else if (VoiceCalls.REPEAT.equals(pressed) && s.pendingJson != null) {
            VoicePrompter.VoiceScreen last = SimulatorSessions.read(s.pendingJson, VoicePrompter.VoiceScreen.class);
            SimulatorSessions.append(s, TranscriptEntry.spoken(spoken(last.speech()), previousKeys(s)));
        } else {
            FlowVersion flow = flows.resume(s);
            Step step = engine.resume(flow, SessionState.fromJson(s.stateJson), pressed, now);
            hear(s, step, calls.hear(flow, step, false));
        }
        sessions.save(s, now);
        return s;
    }

    private void hear(SimulatorSession s, Step step, VoiceCalls.Heard heard) {
        s.ended = heard.ended();
        s.stateJson = heard.ended() ? null : step.next().toJson();
        s.pendingJson = heard.ended() ? null : SimulatorSessions.json(heard.screen());
        List<String> keys = heard.ended() ? List.of("(the call hangs up)") : keys(step.output(), heard);
        SimulatorSessions.append(s, TranscriptEntry.spoken(spoken(heard.reply().speech()), keys));
    }

    /** The keys the call listens for next, in words. */
    static List<String> keys(MenuOutput out, VoiceCalls.Heard heard) {
        List<String> keys = new ArrayList<>();
        VoicePrompter.GatherSpec gather = heard.reply().gather();
        if (gather == null) {
            return keys;
        }
        if (gather.numDigits() != null) {
            out.options().forEach(o -> keys.add(o.digit() + " = " + o.text()));
            if (out.back() != null) {
                keys.add(out.back().digit() + " = " + out.back().text());
            }
        } else {
            keys.add(out.expects().minLength() == out.expects().maxLength()
                    ? out.expects().maxLength() + " digits, then #"
                    : out.expects().minLength() + " to " + out.expects().maxLength() + " digits, then #");
        }
        keys.add(VoiceCalls.REPEAT + " = repeat");
        return keys;
    }

    private static List<String> previousKeys(SimulatorSession s) {
        List<TranscriptEntry> all = SimulatorSessions.transcript(s);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).keys() != null) {
                return all.get(i).keys();
            }
        }
        return List.of();
    }

    /** A recording by its language folder and file name; spoken text with its Twilio language and voice. */
    static List<TranscriptEntry.Spoken> spoken(List<Speech> speech) {
        List<TranscriptEntry.Spoken> out = new ArrayList<>();
        for (Speech sp : speech) {
            if (sp.isSay()) {
                out.add(new TranscriptEntry.Spoken(null, sp.say(), sp.language(), sp.voice()));
            } else {
                String url = sp.play();
                String[] parts = url.split("/");
                String file = parts.length >= 2 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : url;
                out.add(new TranscriptEntry.Spoken(file, null, null, null));
            }
        }
        return out;
    }
}
