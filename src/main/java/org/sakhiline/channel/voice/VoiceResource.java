package org.sakhiline.channel.voice;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.sakhiline.channel.session.MenuSessionStore;
import org.sakhiline.messaging.twilio.PublicUrlConfig;
import org.sakhiline.messaging.twilio.TwilioCallSender;
import org.sakhiline.messaging.twilio.TwilioSigned;
import org.sakhiline.support.HopConnections;
import org.sakhiline.support.PhoneMask;

/**
 * Twilio Programmable Voice webhooks. Every answer is TwiML (200, application/xml), also when
 * something fails behind it: the caller hears "please call again later", never an error page. Only a
 * wrong signature gets a 403 (from the filter).
 */
@Path("/voice")
public class VoiceResource {

    public static final String GATHER_PATH = "/voice/twilio/gather";
    /** The voice_call column; Twilio's own are 34 characters. */
    private static final int MAX_CALL_SID = 64;
    private static final String XML = MediaType.APPLICATION_XML;

    @Inject
    VoiceCalls calls;

    @Inject
    VoiceCallLog log;

    @Inject
    AudioLibrary audio;

    @Inject
    VoiceConfig config;

    @Inject
    MenuSessionStore sessions;

    @Inject
    PublicUrlConfig publicUrl;

    /** While the hop database's breaker is open a call hears "call again later" at once. */
    @Inject
    HopConnections hopDatabase;

    Clock clock = Clock.systemUTC();

    /** Incoming call (or an outbound menu call answered: {@code member} and {@code flow} in the query). */
    @POST
    @Path("/twilio")
    @TwilioSigned
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(XML)
    public String call(@RestForm("CallSid") String callSid, @RestForm("From") String from, @RestForm("To") String to,
                       @RestForm("Direction") String direction, @RestQuery Long member, @RestQuery String flow) {
        if (callSid == null || callSid.isBlank() || callSid.length() > MAX_CALL_SID) {
            // Twilio's CallSids are 34 characters: anything else is no call of ours to keep a session for.
            return notACall();
        }
        return twiml(hopDatabase.guarded(false, () -> calls.answer(callSid, from, to, direction, member, flow, clock.instant()),
                this::busy, this::busy));
    }

    /** The keys pressed in a {@code <Gather>}, or the Redirect after one timed out ({@code silence} ≥ 1). */
    @POST
    @Path("/twilio/gather")
    @TwilioSigned
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(XML)
    public String gather(@RestForm("CallSid") String callSid, @RestForm("Digits") String digits, @RestQuery String silence) {
        if (callSid == null || callSid.length() > MAX_CALL_SID) {
            return notACall();
        }
        // Read leniently: a mangled counter is "no silence yet", never a 404 to a caller on the line.
        Integer silent = number(silence);
        return twiml(hopDatabase.guarded(false,
                () -> calls.gather(callSid, digits, silent == null || silent < 0 ? 0 : silent, clock.instant()),
                this::busy, this::busy));
    }

    /** TwiML of an outbound message call placed for a VOICE outbox row. */
    @POST
    @Path("/twilio/outbound/{outboxId}")
    @TwilioSigned
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(XML)
    public String outbound(@RestPath long outboxId, @RestForm("CallSid") String callSid, @RestForm("From") String from,
                           @RestForm("To") String to, @RestForm("Digits") String digits) {
        VoiceCalls.Reply reply = calls.outboundMessage(outboxId, callSid, from, to, digits, clock.instant());
        return Twiml.write(reply.speech(), reply.gather(), url(TwilioCallSender.OUTBOUND_PATH + outboxId),
                config.gatherTimeoutSeconds(), null, reply.after(), reply.hangup());
    }

    /** Call status callbacks; 204 for any signed report (an error would only make Twilio retry). */
    @POST
    @Path("/twilio/status")
    @TwilioSigned
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public void status(@RestForm("CallSid") String callSid, @RestForm("CallStatus") String status,
                       @RestForm("Direction") String direction, @RestForm("From") String from, @RestForm("To") String to,
                       @RestForm("CallDuration") String duration, @RestForm("ErrorCode") String errorCode,
                       @RestForm("ErrorMessage") String errorMessage) {
        if (callSid == null || callSid.isBlank() || status == null || status.isBlank()) {
            return;
        }
        Instant now = clock.instant();
        log.status(callSid.strip(), direction, from, to, status, number(duration), number(errorCode),
                PhoneMask.maskNumbersIn(errorMessage), now); // Twilio's text may quote the number
        if (VoiceCallLog.rank(status.strip().toLowerCase(java.util.Locale.ROOT)) == VoiceCallLog.FINAL) {
            // She hung up: the menu session is over even if no goodbye was spoken.
            sessions.end(VoiceCalls.sessionKey(callSid.strip()), "call " + status.strip(), now);
        }
    }

    /** Packaged recordings, for Twilio's {@code <Play>}. */
    @GET
    @Path("/audio/{lang}/{file}")
    public Response audio(@RestPath String lang, @RestPath String file) {
        Optional<InputStream> in = audio.open(lang, file);
        if (in.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return Response.ok(in.get(), file.endsWith(".mp3") ? "audio/mpeg" : "audio/wav")
                .header("Cache-Control", "public, max-age=86400").build();
    }

    /**
     * Last line of defence for anything the call service did not turn into speech itself (it normally
     * does): Twilio gets TwiML saying "please call again later", never an error page.
     */
    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (e instanceof jakarta.ws.rs.WebApplicationException w && w.getResponse().getStatus() < 500) {
            return w.getResponse();
        }
        VoiceCalls.Reply reply = calls.failed(e, null, null, config.defaultLanguage());
        return Response.ok(Twiml.write(reply.speech(), null, null, 0, null, java.util.List.of(), true), XML).build();
    }

    /** "Call again later" and hang up, with one log line: nothing about the request can be stored. */
    private String notACall() {
        org.jboss.logging.Logger.getLogger(VoiceResource.class).warn("voice webhook refused: CallSid missing or too long");
        return twiml(busy());
    }

    private VoiceCalls.Reply busy() {
        return VoiceCalls.Reply.goodbye(calls.busy(config.defaultLanguage()));
    }

    private String twiml(VoiceCalls.Reply reply) {
        String redirect = reply.gather() == null ? null : url(GATHER_PATH + "?silence=" + reply.silence());
        return Twiml.write(reply.speech(), reply.gather(), url(GATHER_PATH), config.gatherTimeoutSeconds(), redirect,
                reply.after(), reply.hangup());
    }

    private String url(String path) {
        return publicUrl.base() + path;
    }

    private static Integer number(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
