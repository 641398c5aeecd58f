package org.sakhiline.admin.simulator;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.sakhiline.channel.ussd.UssdScreens;
import org.sakhiline.menu.Caller;
import org.sakhiline.menu.FlowVersion;
import org.sakhiline.menu.MenuBooks;
import org.sakhiline.menu.MenuEngine;
import org.sakhiline.menu.SessionState;
import org.sakhiline.menu.Step;

/**
 * A USSD session in the console: the real engine and the real USSD paging ({@link UssdScreens}), over
 * books that read her real figures and write nothing, in a simulator session of its own.
 */
@ApplicationScoped
public class UssdSimulator {

    static final String SERVICE_CODE = "*123#";
    private static final TypeReference<List<String>> PAGES = new TypeReference<>() {};

    private final MenuEngine engine;
    private final MenuBooks books;
    private final UssdScreens screens;
    private final SimulatorFlows flows;
    private final SimulatorSessions sessions;

    public UssdSimulator(MenuBooks realBooks, UssdScreens screens, SimulatorFlows flows, SimulatorSessions sessions) {
        this.books = new SimulatedBooks(realBooks);
        this.engine = new MenuEngine(books);
        this.screens = screens;
        this.flows = flows;
        this.sessions = sessions;
    }

    /** Dials the service code: a new session on the chosen flow, its first screen. */
    public SimulatorSession dial(SimulatorSession s, Instant now) {
        FlowVersion flow = flows.begin(s);
        SimulatorSessions.append(s, TranscriptEntry.you(SERVICE_CODE));
        Step step = engine.start(flow, Caller.byNetwork(s.phone, books.membersForPhone(s.phone)), now);
        show(s, step, screens.first(step.output()));
        sessions.save(s, now);
        return s;
    }

    /** Her reply: "00" turns the page of a split screen, anything else goes to the engine. */
    public SimulatorSession send(SimulatorSession s, String input, Instant now) {
        String typed = input == null ? "" : input.strip();
        SimulatorSessions.append(s, TranscriptEntry.you(typed.isEmpty() ? "(nothing)" : typed));
        if (s.ended) {
            SimulatorSessions.append(s, TranscriptEntry.note(TranscriptEntry.NOTE_USSD_ENDED));
        } else if (UssdScreens.asksForMore(typed) && s.pendingJson != null) {
            List<String> rest = SimulatorSessions.read(s.pendingJson, PAGES);
            UssdScreens.Paged paged = screens.next(rest, s.stateJson != null);
            record(s, paged);
        } else if (s.stateJson == null) {
            // The last page of an ending screen is still pending: like the gateway conversation, start over.
            Step step = engine.start(flows.resume(s), Caller.byNetwork(s.phone, books.membersForPhone(s.phone)), now);
            show(s, step, screens.first(step.output()));
        } else {
            FlowVersion flow = flows.resume(s);
            SessionState state = SessionState.fromJson(s.stateJson);
            Step step = engine.resume(flow, state, screens.acceptable(typed) ? typed : "", now);
            show(s, step, screens.first(step.output()));
        }
        sessions.save(s, now);
        return s;
    }

    private void show(SimulatorSession s, Step step, UssdScreens.Paged paged) {
        s.stateJson = step.output().end() ? null : step.next().toJson();
        record(s, paged);
    }

    private static void record(SimulatorSession s, UssdScreens.Paged paged) {
        s.pendingJson = paged.rest().isEmpty() ? null : SimulatorSessions.json(paged.rest());
        s.ended = !paged.continues();
        SimulatorSessions.append(s, TranscriptEntry.screen(paged.text(), paged.continues()));
    }
}
