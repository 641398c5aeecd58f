package org.sakhiline.admin.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Simulations in the database, so any instance can answer the next key press; each belongs to the console
 * user who started it and expires after an hour without use. Never the menu_session table: a simulation
 * must not touch a real session.
 */
@ApplicationScoped
public class SimulatorSessions {

    static final Duration IDLE = Duration.ofHours(1);
    /** Enough for a long walk through the menu; older lines drop off the top. */
    static final int MAX_TRANSCRIPT = 80;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<List<TranscriptEntry>> ENTRIES = new TypeReference<>() {};

    public SimulatorSession start(String user, SimulatorSession.SimulatedChannel channel, String phone, String flowKey,
                                  SimulatorSession.Source source, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SimulatorSession.delete("expiresAt < ?1", now);
            SimulatorSession s = new SimulatorSession();
            byte[] id = new byte[16];
            RANDOM.nextBytes(id);
            s.id = HexFormat.of().formatHex(id);
            s.consoleUser = user;
            s.channel = channel;
            s.phone = phone;
            s.flowKey = flowKey;
            s.source = source;
            s.transcriptJson = "[]";
            s.updatedAt = now;
            s.expiresAt = now.plus(IDLE);
            s.persist();
            return s;
        });
    }

    /** Her own live simulation; anyone else's (or an expired one) does not exist for her. */
    public Optional<SimulatorSession> find(String id, String user, Instant now) {
        if (id == null || !id.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return QuarkusTransaction.joiningExisting().call(() -> SimulatorSession.<SimulatorSession>findByIdOptional(id))
                .filter(s -> s.consoleUser.equals(user) && s.expiresAt.isAfter(now));
    }

    public SimulatorSession require(String id, String user, Instant now) {
        return find(id, user, now).orElseThrow(() -> new NotFoundException("no simulation " + id));
    }

    public void save(SimulatorSession s, Instant now) {
        QuarkusTransaction.requiringNew().run(() -> {
            s.updatedAt = now;
            s.expiresAt = now.plus(IDLE);
            SimulatorSession.getEntityManager().merge(s);
        });
    }

    public static List<TranscriptEntry> transcript(SimulatorSession s) {
        try {
            return new ArrayList<>(JSON.readValue(s.transcriptJson == null ? "[]" : s.transcriptJson, ENTRIES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("simulation " + s.id + " has an unreadable transcript", e);
        }
    }

    public static void append(SimulatorSession s, TranscriptEntry... entries) {
        List<TranscriptEntry> all = transcript(s);
        all.addAll(List.of(entries));
        List<TranscriptEntry> kept = all.size() > MAX_TRANSCRIPT ? all.subList(all.size() - MAX_TRANSCRIPT, all.size()) : all;
        s.transcriptJson = json(kept);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable simulator state", e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable simulator state", e);
        }
    }
}
