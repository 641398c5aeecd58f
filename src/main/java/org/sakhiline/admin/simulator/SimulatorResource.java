package org.sakhiline.admin.simulator;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.sakhiline.access.AccessScope;
import org.sakhiline.admin.flows.FlowHistory;
import org.sakhiline.admin.web.CsrfProtected;
import org.sakhiline.menu.store.MenuConfig;

/**
 * The phone simulator: pick a member's phone, a flow and its published version or draft, then dial
 * (USSD), text (SMS) or call (voice) and see exactly what she would. Every action is a form POST that
 * answers with a redirect to the page of the simulation, so the page works without JavaScript.
 */
@Path("/admin/simulator")
@Authenticated
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
public class SimulatorResource {

    @CheckedTemplate(basePath = "admin/simulator")
    static class Templates {
        static native TemplateInstance phone(SimulatorPage page);
    }

    private final SimulatorSessions sessions;
    private final SimulatorMembers members;
    private final UssdSimulator ussd;
    private final SmsSimulator sms;
    private final VoiceSimulator voice;
    private final FlowHistory history;
    private final MenuConfig menus;
    private final AccessScope scope;

    public SimulatorResource(SimulatorSessions sessions, SimulatorMembers members, UssdSimulator ussd, SmsSimulator sms,
                             VoiceSimulator voice, FlowHistory history, MenuConfig menus, AccessScope scope) {
        this.sessions = sessions;
        this.members = members;
        this.ussd = ussd;
        this.sms = sms;
        this.voice = voice;
        this.history = history;
        this.menus = menus;
        this.scope = scope;
    }

    @GET
    public TemplateInstance page(@QueryParam("channel") String channel, @QueryParam("sim") String sim,
                                 @QueryParam("phone") String phone, @QueryParam("source") String source,
                                 @QueryParam("flow") String flow, @QueryParam("q") String q) {
        Optional<SimulatorSession> running = sessions.find(sim, scope.username(), Instant.now());
        return Templates.phone(page(running, channel, phone, source, flow, q, null));
    }

    @POST
    @Path("/ussd/dial")
    public Response dial(@RestForm String phone, @RestForm String source, @RestForm String flow) {
        return act("ussd", phone, source, flow, () -> ussd.dial(start(SimulatorSession.SimulatedChannel.USSD, phone, source, flow), Instant.now()));
    }

    @POST
    @Path("/ussd/send")
    public Response send(@RestForm String sim, @RestForm String input, @RestForm String key) {
        return act("ussd", null, null, null, () -> ussd.send(own(sim), key != null && !key.isEmpty() ? key : input, Instant.now()));
    }

    @POST
    @Path("/sms/send")
    public Response text(@RestForm String sim, @RestForm String phone, @RestForm String input) {
        return act("sms", phone, null, null, () -> {
            Optional<SimulatorSession> thread = sessions.find(sim, scope.username(), Instant.now())
                    .filter(s -> s.channel == SimulatorSession.SimulatedChannel.SMS && phone != null && s.phone.equals(phone.strip()));
            SimulatorSession s = thread.isPresent() ? thread.get() : start(SimulatorSession.SimulatedChannel.SMS, phone, null, null);
            if (thread.isPresent()) {
                members.requirePhone(s.phone);
            }
            return sms.send(s, input, Instant.now());
        });
    }

    @POST
    @Path("/voice/call")
    public Response call(@RestForm String phone, @RestForm String source, @RestForm String flow) {
        return act("voice", phone, source, flow, () -> voice.call(start(SimulatorSession.SimulatedChannel.VOICE, phone, source, flow), Instant.now()));
    }

    @POST
    @Path("/voice/press")
    public Response press(@RestForm String sim, @RestForm String input, @RestForm String key) {
        return act("voice", null, null, null, () -> voice.press(own(sim), key != null && !key.isEmpty() ? key : input, Instant.now()));
    }

    /** Runs a simulator action and redirects to its page; a refusal is shown on the page with the form as it was. */
    private Response act(String channel, String phone, String source, String flow, Supplier<SimulatorSession> action) {
        try {
            SimulatorSession s = action.get();
            return Response.seeOther(URI.create("/admin/simulator?channel=" + channel + "&sim=" + s.id)).build();
        } catch (SimulatorRefusal e) {
            return Response.status(422).entity(Templates.phone(page(Optional.empty(), channel, phone, source, flow, null,
                    e.getMessage()))).build();
        }
    }

    private SimulatorSession start(SimulatorSession.SimulatedChannel channel, String phone, String source, String flow) {
        String e164 = phone == null ? "" : phone.replaceAll("[\\s()-]", "");
        if (!e164.matches("\\+[1-9][0-9]{6,14}")) {
            throw new SimulatorRefusal("Enter the phone in international form, e.g. +919900000002.");
        }
        members.requirePhone(e164);
        String key = flow == null || flow.isBlank() ? menus.flows().get(0) : flow.strip();
        return sessions.start(scope.username(), channel, e164, key, SimulatorSession.Source.fromForm(source), Instant.now());
    }

    /** Her own running simulation, with the phone still hers to use. */
    private SimulatorSession own(String sim) {
        SimulatorSession s = sessions.require(sim, scope.username(), Instant.now());
        members.requirePhone(s.phone);
        return s;
    }

    private SimulatorPage page(Optional<SimulatorSession> running, String channel, String phone, String source, String flow,
                               String q, String error) {
        String ch = running.map(s -> s.channel.name().toLowerCase(java.util.Locale.ROOT))
                .orElse(channel == null || !List.of("ussd", "sms", "voice").contains(channel) ? "ussd" : channel);
        List<String> flowKeys = history.all().stream().map(FlowHistory.FlowSummary::key).toList();
        String phoneShown = running.map(s -> s.phone).orElse(phone == null ? "" : phone);
        String sourceShown = running.map(s -> s.source.formValue()).orElse(SimulatorSession.Source.fromForm(source).formValue());
        String flowShown = running.map(s -> s.flowKey).orElse(flow == null || flow.isBlank() ? menus.flows().get(0) : flow);
        List<TranscriptEntry> transcript = running.map(SimulatorSessions::transcript).orElse(List.of());
        TranscriptEntry last = null;
        for (TranscriptEntry e : transcript) {
            if (e.who() == TranscriptEntry.Who.PHONE) {
                last = e;
            }
        }
        String screen = last == null ? "" : last.text() != null ? last.text() : spokenText(last);
        return new SimulatorPage(ch, phoneShown, sourceShown, flowShown, flowKeys, q == null ? "" : q,
                q == null || q.isBlank() ? List.of() : members.search(q), running.map(s -> s.id).orElse(""),
                running.map(s -> !s.ended).orElse(false), screen, last == null ? "" : last.mode(), transcript, error);
    }

    private static String spokenText(TranscriptEntry e) {
        StringBuilder b = new StringBuilder();
        for (TranscriptEntry.Spoken s : e.speech()) {
            b.append(s.played() ? "[" + s.file() + "]" : s.say()).append('\n');
        }
        return b.toString().strip();
    }
}
