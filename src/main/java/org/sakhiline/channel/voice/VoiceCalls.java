package org.sakhiline.channel.voice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.sakhiline.channel.session.MenuSession;
import org.sakhiline.channel.session.MenuSessionStore;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.channel.session.StepWriter;
import org.sakhiline.channel.voice.VoicePrompter.GatherSpec;
import org.sakhiline.channel.voice.VoicePrompter.Rendered;
import org.sakhiline.channel.voice.VoicePrompter.VoiceScreen;
import org.sakhiline.menu.Caller;
import org.sakhiline.menu.CallerMember;
import org.sakhiline.menu.FlowVersion;
import org.sakhiline.menu.MenuBooks;
import org.sakhiline.menu.MenuEngine;
import org.sakhiline.menu.SessionState;
import org.sakhiline.menu.Step;
import org.sakhiline.menu.store.FlowStore;
import org.sakhiline.support.CorrelationId;
import org.sakhiline.support.PhoneMask;

/**
 * A call's menu, hop by hop: the call webhook starts a session ({@code voice:<CallSid>}, channel IVR,
 * in the store USSD uses), each {@code <Gather>} answer resumes it. Silence and "*" repeat the stored
 * screen without touching the engine. Anything that fails becomes a spoken "please call again later"
 * and a hangup, logged with the CallSid, the masked phone and a correlation id.
 */
@ApplicationScoped
public class VoiceCalls {

    private static final Logger LOG = Logger.getLogger(VoiceCalls.class);
    public static final String CHANNEL = "IVR";
    public static final String REPEAT = "*";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Inject
    MenuEngine engine;

    @Inject
    FlowStore flows;

    @Inject
    MenuBooks books;

    @Inject
    MenuSessionStore sessions;

    @Inject
    VoicePrompter prompter;

    @Inject
    StepWriter steps;

    @Inject
    VoiceConfig config;

    @Inject
    VoiceCallLog calls;

    /**
     * What to answer Twilio.
     *
     * @param speech  said first (inside the Gather when there is one)
     * @param gather  keys to collect, or null
     * @param silence the retry counter for the Redirect that follows a Gather nobody answered
     * @param after   said after the Gather when no key came (outbound messages: goodbye)
     * @param hangup  end the call after speaking
     */
    public record Reply(List<Speech> speech, GatherSpec gather, int silence, List<Speech> after, boolean hangup) {
        static Reply menu(List<Speech> speech, GatherSpec gather, int silence) {
            return new Reply(speech, gather, silence, List.of(), false);
        }

        static Reply goodbye(List<Speech> speech) {
            return new Reply(speech, null, 0, List.of(), true);
        }
    }

    public static String sessionKey(String callSid) {
        return "voice:" + callSid;
    }

    /**
     * A call was answered (an incoming call, or an outbound menu call for {@code memberId}).
     *
     * @param direction Twilio's Direction ("inbound", "outbound-api"): for outbound calls she is the "To"
     */
    public Reply answer(String callSid, String from, String to, String direction, Long memberId, String flowKey, Instant now) {
        boolean outbound = direction != null && direction.startsWith("outbound");
        String phone = outbound ? to : from;
        String lang = config.defaultLanguage();
        try {
            calls.status(callSid, direction, from, to, "in-progress", null, null, null, now);
            FlowVersion flow = flows.current(flowKey != null && !flowKey.isBlank() ? flowKey : config.flow());
            List<CallerMember> members = phone == null ? List.of() : books.membersForPhone(phone);
            if (memberId != null) {
                members = members.stream().filter(m -> m.memberId() == memberId).toList();
            }
            if (!members.isEmpty()) {
                lang = members.get(0).languageTag();
            }
            List<CallerMember> callers = members;
            Step step = steps.run(Channel.IVR, () -> engine.start(flow, Caller.claimed(phone, callers), now));
            lang = step.output().language();
            Heard heard = hear(flow, step, true);
            save(callSid, phone, flow, step, heard, 1, now, now);
            return heard.reply();
        } catch (RuntimeException e) {
            return failed(e, callSid, phone, lang);
        }
    }

    /**
     * Keys she pressed ({@code digits}), or none after a Gather timed out ({@code silence} = how many
     * times in a row that happened, counted in the Redirect URL).
     */
    public Reply gather(String callSid, String digits, int silence, Instant now) {
        String lang = config.defaultLanguage();
        String phone = null;
        try {
            Optional<MenuSession> found = sessions.find(sessionKey(callSid)).filter(s -> s.isLiveAt(now) && s.stateJson() != null);
            if (found.isEmpty()) {
                return Reply.goodbye(prompter.line(null, lang, VoicePrompter.GOODBYE, Map.of()));
            }
            MenuSession session = found.get();
            phone = session.phone();
            FlowVersion flow = flows.byId(session.flowVersionId());
            SessionState state = SessionState.fromJson(session.stateJson());
            lang = flow.effectiveLanguage(state.language());
            VoiceScreen last = screen(session.pagesJson());
            String keys = digits == null ? "" : digits.strip();
            if (keys.isEmpty()) {
                if (silence > config.silenceRetries()) {
                    sessions.end(session.key(), "no input", now);
                    return Reply.goodbye(prompter.line(flow, lang, VoicePrompter.GOODBYE, Map.of()));
                }
                List<Speech> speech = new ArrayList<>(prompter.line(flow, lang, VoicePrompter.NO_INPUT, Map.of()));
                speech.addAll(last.speech());
                return Reply.menu(VoicePrompter.merge(speech), last.gather(), silence + 1);
            }
            if (REPEAT.equals(keys)) {
                return Reply.menu(last.speech(), last.gather(), 1);
            }
            Step step = steps.run(Channel.IVR, () -> engine.resume(flow, state, keys, now));
            lang = step.output().language();
            Heard heard = hear(flow, step, false);
            save(callSid, phone, flow, step, heard, session.hops() + 1, session.createdAt(), now);
            return heard.reply();
        } catch (RuntimeException e) {
            return failed(e, callSid, phone, lang);
        }
    }

    /**
     * An outbound message call: the VOICE outbox row's body in its language, then "press 1 to hear it
     * again"; any other key (or silence) ends the call with a goodbye.
     */
    public Reply outboundMessage(long outboxId, String callSid, String from, String to, String digits, Instant now) {
        String lang = config.defaultLanguage();
        try {
            String keys = digits == null ? "" : digits.strip();
            Optional<VoiceCallLog.OutboundMessage> message = calls.outboundMessage(outboxId);
            if (message.isPresent() && message.get().language() != null) {
                lang = message.get().language();
            }
            if (keys.isEmpty()) {
                calls.status(callSid, "outbound-api", from, to, "in-progress", null, null, null, now);
            }
            List<Speech> goodbye = prompter.line(null, lang, VoicePrompter.GOODBYE, Map.of());
            if (message.isEmpty() || !(keys.isEmpty() || "1".equals(keys))) {
                return Reply.goodbye(goodbye);
            }
            VoiceCallLog.OutboundMessage m = message.get();
            List<Speech> speech = new ArrayList<>(prompter.freeText(lang, m.body(), m.templateKey()));
            speech.addAll(prompter.line(null, lang, VoicePrompter.MESSAGE_REPEAT, Map.of()));
            return new Reply(VoicePrompter.merge(speech), new GatherSpec(1, null), 0, goodbye, true);
        } catch (RuntimeException e) {
            return failed(e, callSid, to, lang);
        }
    }

    /** The reply for a call that failed somewhere: "please call again later", in her language if known. */
    Reply failed(RuntimeException e, String callSid, String phone, String lang) {
        String cid = CorrelationId.begin();
        try {
            LOG.errorf(e, "voice call %s from %s failed [cid %s]: %s", callSid, PhoneMask.mask(phone), cid, e.toString());
        } finally {
            CorrelationId.end();
        }
        return Reply.goodbye(busy(lang));
    }

    /** "Please call again later" from the voice texts alone (no flow, no database). */
    List<Speech> busy(String lang) {
        try {
            List<Speech> speech = prompter.line(null, lang, VoicePrompter.BUSY, Map.of());
            if (!speech.isEmpty()) {
                return speech;
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "voice: cannot even say 'busy' in %s", lang);
        }
        return List.of(Speech.say("Sorry, the service is busy. Please call again later.", "en-IN", null));
    }

    /**
     * What the caller hears for one step of the menu, and the screen kept for "*" and silence. Shared with
     * the console's simulator, which shows it as a transcript without placing a call.
     *
     * @param ended true when the call hangs up after this
     */
    public record Heard(Reply reply, VoiceScreen screen, boolean ended) {}

    /** Renders an engine step as speech: with the welcome first on the opening step, with goodbye when it ends. */
    public Heard hear(FlowVersion flow, Step step, boolean opening) {
        String lang = step.output().language();
        Rendered r = prompter.render(flow, step.next(), step.output());
        List<Speech> speech = new ArrayList<>();
        if (opening) {
            speech.addAll(prompter.line(flow, lang, VoicePrompter.WELCOME, Map.of()));
        }
        speech.addAll(r.lead());
        speech.addAll(r.now());
        if (r.end() || r.screen().gather() == null) {
            speech.addAll(prompter.line(flow, lang, VoicePrompter.GOODBYE, Map.of()));
            return new Heard(Reply.goodbye(VoicePrompter.merge(speech)), r.screen(), true);
        }
        return new Heard(Reply.menu(VoicePrompter.merge(speech), r.screen().gather(), 1), r.screen(), false);
    }

    private void save(String callSid, String phone, FlowVersion flow, Step step, Heard heard, int hops, Instant createdAt,
                      Instant now) {
        boolean ended = heard.ended();
        String stored = phone == null || phone.isBlank() ? "unknown" : phone.length() > 16 ? phone.substring(0, 16) : phone;
        sessions.save(new MenuSession(sessionKey(callSid), CHANNEL, stored, flow.id(), ended ? null : step.next().toJson(), null,
                ended ? null : json(heard.screen()), hops, ended ? MenuSession.Status.ENDED : MenuSession.Status.ACTIVE,
                createdAt, now.plus(config.sessionTtl())), now);
    }

    private static String json(VoiceScreen screen) {
        try {
            return JSON.writeValueAsString(screen);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("voice screen not serialisable", e);
        }
    }

    private static VoiceScreen screen(String json) {
        if (json == null) {
            return new VoiceScreen(List.of(), new GatherSpec(1, null));
        }
        try {
            return JSON.readValue(json, VoiceScreen.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored voice screen unreadable", e);
        }
    }
}
