package org.sakhiline.menu;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The working copy of a session during one hop: what actions read and change. Created from a
 * {@link SessionState} and turned back into one when the hop stops at a screen.
 */
public final class Hop {

    final FlowVersion flow;
    final MenuBooks books;
    final Instant now;
    final String phone;
    Long memberId;
    String language;
    final Deque<String> back;
    boolean pinVerified;
    boolean phoneProven;
    final Map<String, Object> values = new LinkedHashMap<>();
    final Map<String, String> pending;
    List<CallerMember> candidates;
    String role;
    /** What actions remember across screens and "0" (see {@link SessionState#kept()}). */
    final Map<String, String> kept;
    /** Answers given in this hop, in clear (a PIN lives only here, never in the stored state). */
    final Map<String, String> inputs = new HashMap<>();
    /** Changes to the books asked for in this hop, in order; the channel applies them. */
    final List<Effect> effects = new ArrayList<>();

    Hop(FlowVersion flow, MenuBooks books, Instant now, SessionState state) {
        this.flow = flow;
        this.books = books;
        this.now = now;
        this.phone = state.codePhone();
        this.memberId = state.memberId();
        this.language = state.language();
        this.back = new ArrayDeque<>(state.back());
        this.pinVerified = state.pinVerified();
        this.phoneProven = state.phoneProven();
        this.values.putAll(state.values());
        this.pending = new LinkedHashMap<>(state.pending());
        this.candidates = state.candidates();
        this.role = state.role();
        this.kept = new LinkedHashMap<>(state.kept());
    }

    public MenuBooks books() {
        return books;
    }

    public Instant now() {
        return now;
    }

    public FlowDefinition flow() {
        return flow.definition();
    }

    /** The chosen member; actions after identification may rely on it. */
    public long memberId() {
        if (memberId == null) {
            throw new IllegalStateException("no member chosen yet");
        }
        return memberId;
    }

    public List<CallerMember> candidates() {
        return candidates;
    }

    public String language() {
        return language;
    }

    /** An answer from this hop, else one kept from an earlier hop (never a PIN: those are kept sealed). */
    public String input(String name) {
        String v = inputs.get(name);
        return v != null ? v : pending.containsKey(name) && !pending.get(name).startsWith(SEALED) ? pending.get(name) : null;
    }

    /** True when {@code pin} equals the PIN answered earlier under {@code name}. */
    public boolean matchesSealed(String name, String pin) {
        String sealed = pending.get(name);
        return sealed != null && sealed.startsWith(SEALED) && Pins.matches(sealed.substring(SEALED.length()), pin);
    }

    public void forget(String name) {
        pending.remove(name);
    }

    /** Identity changes: screens seen before (the list of names) are not hers to go back to. */
    public void chooseMember(CallerMember member) {
        this.back.clear();
        this.memberId = member.memberId();
        this.language = member.languageTag();
        this.role = CallerMember.MEMBER.equals(member.role()) ? null : member.role(); // most sessions store none
        this.candidates = List.of();
        this.kept.clear();
    }

    /** The chosen member's role in her group (MEMBER when none is chosen yet). */
    public String role() {
        return role == null ? CallerMember.MEMBER : role;
    }

    /** A value an action keeps for later screens of its task; it survives "0" (null removes it). */
    public void keep(String name, Object value) {
        if (value == null) {
            kept.remove(name);
        } else {
            kept.put(name, value.toString());
        }
    }

    /** A value kept by {@link #keep}, or null. */
    public String kept(String name) {
        return kept.get(name);
    }

    /** A kept number, or {@code fallback} when none is kept. */
    public long keptLong(String name, long fallback) {
        String v = kept.get(name);
        return v == null ? fallback : Long.parseLong(v);
    }

    /** The effects asked for so far in this hop: a later action sees what this hop entered before it is written. */
    public List<Effect> effectsSoFar() {
        return List.copyOf(effects);
    }

    /** Asks for a change to the books; the session goes on as if it were made. */
    public void emit(Effect effect) {
        effects.add(effect);
    }

    public void setLanguage(String tag) {
        this.language = tag;
    }

    public void pinVerified() {
        this.pinVerified = true;
    }

    /** True once her PIN was checked in this session (or set in it). */
    public boolean isPinVerified() {
        return pinVerified;
    }

    /** True when the phone is known to be hers: named by the network, or proven with a one-time code. */
    public boolean isPhoneProven() {
        return phoneProven;
    }

    /** She keyed the one-time code sent to her phone: the phone is hers. */
    public void phoneProven() {
        this.phoneProven = true;
    }

    /** Where a one-time code goes: the claimed caller's phone (null once the phone is proven). */
    public String codePhone() {
        return phoneProven ? null : phone;
    }

    static final String SEALED = "#";

    void keepSealed(String name, String pin) {
        pending.put(name, SEALED + Pins.seal(pin));
    }
}
