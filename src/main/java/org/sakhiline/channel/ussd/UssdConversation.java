package org.sakhiline.channel.ussd;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.channel.session.MenuSession;
import org.sakhiline.channel.session.MenuSessionStore;
import org.sakhiline.channel.session.StepWriter;
import org.sakhiline.menu.Caller;
import org.sakhiline.menu.FlowVersion;
import org.sakhiline.menu.MenuBooks;
import org.sakhiline.menu.MenuEngine;
import org.sakhiline.menu.MenuOutput;
import org.sakhiline.menu.ScreenText;
import org.sakhiline.menu.SessionState;
import org.sakhiline.menu.Step;
import org.sakhiline.menu.store.FlowStore;
import org.sakhiline.support.CorrelationId;
import org.sakhiline.support.HopConnections;
import org.sakhiline.support.PhoneMask;
import org.sakhiline.support.metrics.HopMeters;
import org.sakhiline.support.problem.DomainException;

/**
 * One USSD hop, whatever the gateway: find the live session (or start one), hand the latest input to
 * the menu engine, cut its screen into pages that fit the handset, store the session and answer.
 * Both gateway families end up here; only how they deliver the latest input differs.
 *
 * <p>A hop the gateway repeats (Africa's Talking does on a timeout; same session, same text) is answered with
 * the screen stored for it, on whichever instance it reaches, and changes nothing: the session row keeps the
 * last answer and the mark of the hop it answered. A hop that writes the books stores its session row in the
 * books' transaction, locked first — a repeat racing the original waits for it and gets its answer, and the
 * effects are never written twice. A conflict at commit (a deadlock, a Galera certification failure) runs the
 * hop's transaction again.
 *
 * <p>Failures never reach the handset as a stack trace or an empty screen: the caller gets a short
 * "service busy" in her language and the error is logged with a correlation id, the session key and a
 * masked phone.
 */
@ApplicationScoped
public class UssdConversation {

    static final String CHANNEL = "USSD";
    private static final Logger LOG = Logger.getLogger(UssdConversation.class);
    /** Said when even the flow (and so her language's wording) cannot be had. */
    private static final String LAST_RESORT_BUSY = "Service busy. Please try again later.";

    private final MenuEngine engine;
    private final MenuBooks books;
    private final FlowStore flows;
    private final MenuSessionStore sessions;
    private final UssdConfig config;
    private final UssdScreens screens;
    private final StepWriter steps;
    /** The hop database's breaker: a stalled database costs a quick "busy", not a wait. */
    private final HopConnections hopDatabase;
    /** This instance's last answer per session; null when switched off. */
    private final RecentSessions recent;
    private volatile Clock clock = Clock.systemUTC();
    @Inject
    HopMeters hopMeters = HopMeters.detached();

    public UssdConversation(MenuEngine engine, MenuBooks books, FlowStore flows, MenuSessionStore sessions,
                            UssdConfig config, UssdScreens screens, StepWriter steps, HopConnections hopDatabase) {
        this.engine = engine;
        this.books = books;
        this.flows = flows;
        this.sessions = sessions;
        this.config = config;
        this.screens = screens;
        this.steps = steps;
        this.hopDatabase = hopDatabase;
        this.recent = config.rememberedSessions() > 0 ? new RecentSessions(config.rememberedSessions()) : null;
    }

    /**
     * Africa's Talking: {@code text} is every input so far joined by '*', empty on dial-in. The text only grows, so
     * the number of inputs in it and its length mark the hop; never the text itself, which holds her PIN (and a
     * 4-digit PIN under any unkeyed hash is found by trying ten thousand).
     */
    public Uni<UssdReply> africasTalking(String sessionId, String phone, String text) {
        String all = text == null ? "" : text;
        int inputs = AfricasTalkingText.inputs(all);
        return answer(new UssdHop("at:" + sessionId, phone, all.isEmpty(), inputs, "at:" + inputs + ":" + all.length(),
                live -> AfricasTalkingText.latestInput(live.inputsSeen(), all)));
    }

    /** Gateways that send only the latest input with a new/continue flag. */
    public Uni<UssdReply> latestInput(String sessionId, String phone, String input, boolean isNew) {
        return latestInput(sessionId, phone, input, isNew, null);
    }

    /**
     * The same, with the gateway's number of this hop in the session: a repeated hop (same number) gets the answer the
     * first one got. Without it a repeat cannot be told from the same key pressed again, and is taken as new input.
     */
    public Uni<UssdReply> latestInput(String sessionId, String phone, String input, boolean isNew, Integer hopNumber) {
        return answer(new UssdHop("gw:" + sessionId, phone, isNew, null, hopNumber == null ? null : "gw:" + hopNumber,
                live -> input == null ? "" : input));
    }

    /** The gateway says the session is over (user hung up, timeout, network error). */
    public boolean close(String sessionId, boolean africasTalking, String reason) {
        String key = (africasTalking ? "at:" : "gw:") + sessionId;
        if (recent != null) {
            recent.forget(key);
        }
        return sessions.end(key, reason, clock.instant());
    }

    /** For tests that walk a session past its idle timeout. */
    void useClock(Clock clock) {
        this.clock = clock;
    }

    /**
     * One hop as the gateway gave it.
     *
     * @param dialIn     the session starts (over): nothing stored under the key matters, so it is not read
     * @param inputsSeen Africa's Talking's count of inputs so far (null for latest-input gateways)
     * @param mark       what tells a repeat of this hop from the next one; null when the gateway gives nothing to tell by
     * @param inputOf    the latest input given the live session; null means "start over"
     */
    private record UssdHop(String key, String phone, boolean dialIn, Integer inputsSeen, String mark,
                           Function<MenuSession, String> inputOf) {}

    private Uni<UssdReply> answer(UssdHop hop) {
        HopMeters.InFlight metered = hopMeters.begin(hop.key());
        return IoThreadFirst.run(() -> attempt(hop, true), () -> onWorker(hop))
                .onItemOrFailure().invoke((reply, failure) -> metered.end(reply != null && reply.continues(), failure != null));
    }

    private UssdReply onWorker(UssdHop hop) {
        if (attempt(hop, false) instanceof HopAttempt.Answered<UssdReply> answered) {
            return answered.answer();
        }
        throw new IllegalStateException("a hop on a worker is answered there");
    }

    /**
     * Answers the hop, or (on an I/O thread only) says why it must start over on a worker: nothing but the
     * session row is ever written on the I/O thread, and only once the hop is known to need nothing else.
     */
    private HopAttempt<UssdReply> attempt(UssdHop hop, boolean ioThread) {
        return hopDatabase.guarded(ioThread, () -> attemptWithDatabase(hop, ioThread),
                () -> new HopAttempt.Answered<>(busyFromMemory(hop)),
                () -> new HopAttempt.NeedsWorker<>("the hop database is due a probe"));
    }

    /** "Busy" while the breaker is open, in her language when this instance still has her session in memory. */
    private UssdReply busyFromMemory(UssdHop hop) {
        hopMeters.outcome(hop.key(), HopMeters.BUSY);
        RecentSessions.Kept kept = hop.dialIn() ? null : remembered(hop.key(), hop.phone(), clock.instant());
        return busy(kept == null ? null : kept.session());
    }

    private HopAttempt<UssdReply> attemptWithDatabase(UssdHop hop, boolean ioThread) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as stored: a kept write time matches its row
        String cid = CorrelationId.begin();
        MenuSession live = null;
        try {
            if (hop.dialIn()) {
                return respond(hop, null, null, ioThread, now);
            }
            // On an I/O thread the copy kept from this instance's last answer stands in for the read: only the
            // session row is written there, conditionally, so a stale copy costs nothing but answering again on a
            // worker from the row. Workers write the books before the session row, so they always read it.
            RecentSessions.Kept kept = ioThread ? remembered(hop.key(), hop.phone(), now) : null;
            if (kept != null && repeated(kept.session(), hop, now) != null) {
                return new HopAttempt.Answered<>(repeated(kept.session(), hop, now));
            }
            if (kept != null) {
                live = kept.session();
                return respond(hop, live, kept, true, now);
            }
            // A session id reused by the gateway for another phone must never resume someone else's menu.
            MenuSession row = sessions.find(hop.key()).filter(s -> s.phone().equals(hop.phone())).orElse(null);
            UssdReply again = repeated(row, hop, now);
            if (again != null) {
                return new HopAttempt.Answered<>(again);
            }
            live = row != null && row.isLiveAt(now) ? row : null;
            return respond(hop, live, null, ioThread, now);
        } catch (DomainException refused) {
            // The books refused what this hop would write (e.g. the sheet she is entering was submitted meanwhile):
            // a rule, not a fault. Nothing of the hop was written; she is told in her language.
            LOG.infof("USSD hop refused by the books [cid %s] session %s phone %s: %s (%s)", cid, hop.key(),
                    PhoneMask.mask(hop.phone()), refused.code(), refused.getMessage());
            hopMeters.outcome(hop.key(), HopMeters.REFUSED);
            return new HopAttempt.Answered<>(refusedScreen(live, refused.code()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "USSD hop failed [cid %s] session %s phone %s", cid, hop.key(), PhoneMask.mask(hop.phone()));
            hopMeters.outcome(hop.key(), HopMeters.BUSY);
            return new HopAttempt.Answered<>(busy(live));
        } finally {
            CorrelationId.end();
        }
    }

    /** The answer stored for this very hop when the gateway repeats it (even after it ended the session); else null. */
    private static UssdReply repeated(MenuSession row, UssdHop hop, Instant now) {
        if (row == null || hop.mark() == null || !hop.mark().equals(row.answeredMark()) || row.answer() == null
                || !now.isBefore(row.expiresAt())) {
            return null;
        }
        return UssdReply.fromAfricasTalking(row.answer());
    }

    private RecentSessions.Kept remembered(String key, String phone, Instant now) {
        if (recent == null) {
            return null;
        }
        RecentSessions.Kept kept = recent.get(key);
        return kept != null && kept.session().isLiveAt(now) && kept.session().phone().equals(phone) ? kept : null;
    }

    /**
     * Answers the hop from {@code live} (null: start at the main menu).
     *
     * @param copy {@code live} as this instance kept it, when it stands in for the row; null when the row was read
     *             (a stale copy: see {@link #stored})
     */
    private HopAttempt<UssdReply> respond(UssdHop hop, MenuSession live, RecentSessions.Kept copy, boolean ioThread,
                                          Instant now) {
        String input = live == null ? null : hop.inputOf().apply(live);
        if (live != null && UssdScreens.asksForMore(input) && live.pagesJson() != null) {
            return stored(hop, nextPage(hop, live, now), live, copy, ioThread, now);
        }
        boolean start = live == null || input == null || live.stateJson() == null;
        SessionState state = start ? null : SessionState.fromJson(live.stateJson());
        Optional<FlowVersion> known = start
                ? (ioThread ? flows.knownCurrent(config.flow()) : Optional.of(flows.current(config.flow())))
                : (ioThread ? flows.knownById(state.flowVersionId()) : Optional.of(flows.byId(state.flowVersionId())));
        if (known.isEmpty()) {
            return new HopAttempt.NeedsWorker<>("flow version not loaded on this instance yet");
        }
        FlowVersion flow = known.get();
        Supplier<Step> compute = start
                ? () -> engine.start(flow, Caller.byNetwork(hop.phone(), books.membersForPhone(hop.phone())), now)
                : () -> engine.resume(flow, state, screens.acceptable(input) ? input : "", now);
        Step step;
        if (ioThread) {
            try {
                step = compute.get();
            } catch (MenuBooks.NeedsWorker blocking) {
                return new HopAttempt.NeedsWorker<>(blocking.getMessage());
            }
            if (!step.readOnly()) {
                return new HopAttempt.NeedsWorker<>("the step writes to the books");
            }
        } else {
            step = compute.get();
            if (!step.readOnly()) {
                return new HopAttempt.Answered<>(writeStep(hop, live, flow, step, compute, now));
            }
        }
        return stored(hop, answerOf(hop, live, flow, step, now), live, copy, ioThread, now);
    }

    /** The screen for a step and the session to store with it (marked with the hop it answers). */
    private record Answer(UssdReply reply, MenuSession session) {}

    private Answer answerOf(UssdHop hop, MenuSession live, FlowVersion flow, Step step, Instant now) {
        MenuOutput out = step.output();
        hopMeters.at(hop.key(), step.next() == null ? null : step.next().node());
        UssdScreens.Paged paged = screens.first(out);
        MenuSession next = new MenuSession(hop.key(), CHANNEL, hop.phone(), flow.id(),
                out.end() ? null : step.next().toJson(), hop.inputsSeen(),
                paged.rest().isEmpty() ? null : UssdScreens.pagesJson(new ArrayList<>(paged.rest())),
                live == null ? 1 : live.hops() + 1,
                paged.continues() ? MenuSession.Status.ACTIVE : MenuSession.Status.ENDED,
                live == null ? now : live.createdAt(),
                now.plus(config.sessionIdleTimeout()));
        return new Answer(paged.reply(), marked(next, hop, paged.reply()));
    }

    private static MenuSession marked(MenuSession next, UssdHop hop, UssdReply reply) {
        return reply == null ? next : next.answered(hop.mark(), reply.africasTalking());
    }

    /**
     * A step that writes the books: computed again in one transaction that first locks the session row — a repeat of
     * a hop already written gets that hop's answer and writes nothing — then writes the effects and the session row.
     */
    private UssdReply writeStep(UssdHop hop, MenuSession live, FlowVersion flow, Step first, Supplier<Step> compute,
                                Instant now) {
        if (recent != null) {
            recent.forget(hop.key());   // the row is written in the books' transaction; the next hop reads it
        }
        return steps.writeAndKeep(Channel.USSD, first, compute,
                () -> sessions.lockInTransaction(hop.key()).filter(row -> row.phone().equals(hop.phone()))
                        .map(row -> repeated(row, hop, now)),
                step -> {
                    Answer answer = answerOf(hop, live, flow, step, now);
                    sessions.saveInTransaction(answer.session(), now);
                    return answer.reply();
                });
    }

    /** "00 More": the next stored page of a long screen; the last page ends the session if the screen did. */
    private Answer nextPage(UssdHop hop, MenuSession live, Instant now) {
        UssdScreens.Paged paged = screens.next(UssdScreens.readPages(live.pagesJson()), live.stateJson() != null);
        MenuSession next = new MenuSession(live.key(), live.channel(), live.phone(), live.flowVersionId(), live.stateJson(),
                hop.inputsSeen(), paged.rest().isEmpty() ? null : UssdScreens.pagesJson(new ArrayList<>(paged.rest())), live.hops() + 1,
                paged.continues() ? MenuSession.Status.ACTIVE : MenuSession.Status.ENDED, live.createdAt(),
                now.plus(config.sessionIdleTimeout()));
        return new Answer(paged.reply(), marked(next, hop, paged.reply()));
    }

    /**
     * Stores the session the answer leaves and answers. On an I/O thread the write is sent without blocking it (its
     * commit waits for a log flush, on Galera for the cluster) and the hop is answered when it is stored — or, when
     * the kept copy it was computed from turned out stale (nothing written), run again on a worker from the row.
     */
    private HopAttempt<UssdReply> stored(UssdHop hop, Answer answer, MenuSession live, RecentSessions.Kept copy,
                                         boolean ioThread, Instant now) {
        MenuSession next = answer.session();
        if (!ioThread) { // workers always read the row, never a copy
            if (live == null) {
                sessions.save(next, now);
            } else {
                sessions.saveExisting(next, now);
            }
            remember(next, true, now);
            return new HopAttempt.Answered<>(answer.reply());
        }
        String cid = CorrelationId.current();
        return new HopAttempt.StoreThenAnswer<>(() -> Uni.createFrom().deferred(() -> sessions.storeFromIoThread(next,
                        copy == null ? null : copy.session(), copy == null ? null : copy.storedAt(), live != null, now))
                .map(stored -> {
                    remember(next, stored, now);
                    return stored ? answer.reply() : null;
                })
                .onFailure().recoverWithItem(failure -> {
                    LOG.errorf(failure, "USSD hop failed [cid %s] session %s phone %s", cid, hop.key(), PhoneMask.mask(hop.phone()));
                    hopMeters.outcome(hop.key(), HopMeters.BUSY);
                    return busy(live);
                }));
    }

    /** Keeps this instance's copy of a session it stored; forgets one it could not store (another wrote it). */
    private void remember(MenuSession next, boolean stored, Instant now) {
        if (recent == null) {
            return;
        }
        if (stored) {
            recent.stored(next, now);
        } else {
            recent.forget(next.key());
        }
    }

    /** Her session's flow's words for a refusal by the books (see {@link MenuEngine#refused}); busy when it has none. */
    private UssdReply refusedScreen(MenuSession live, String code) {
        try {
            Optional<FlowVersion> flow = flows.knownWithoutDatabase(live == null ? null : live.flowVersionId(), config.flow());
            if (flow.isPresent()) {
                String language = live == null || live.stateJson() == null ? null : SessionState.fromJson(live.stateJson()).language();
                return new UssdReply(ScreenText.compose(engine.refused(flow.get(), language, code)), false);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not word the refusal from the flow; answering busy", e);
        }
        return busy(live);
    }

    /** The busy screen, worded without the database that just failed: from a flow known here, else in English. */
    private UssdReply busy(MenuSession live) {
        try {
            Optional<FlowVersion> flow = flows.knownWithoutDatabase(live == null ? null : live.flowVersionId(), config.flow());
            if (flow.isEmpty()) {
                LOG.warn("No flow known without the database to word the busy screen; answering in English");
                return new UssdReply(LAST_RESORT_BUSY, false);
            }
            String language = live == null || live.stateJson() == null ? null : SessionState.fromJson(live.stateJson()).language();
            return new UssdReply(ScreenText.compose(engine.busy(flow.get(), language)), false);
        } catch (RuntimeException e) {
            LOG.warn("Could not word the busy screen from the flow; answering in English", e);
            return new UssdReply(LAST_RESORT_BUSY, false);
        }
    }
}
