package org.sakhiline.menu;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the engine needs to answer the next hop, small enough to store per session as compact JSON
 * (short property names). Immutable; the engine returns a new one each hop.
 *
 * @param flowVersionId the version the session started on (kept to the end, even if a newer one is published)
 * @param node          the node waiting for input (or the end node)
 * @param entry         where the current screen was entered from; "0" from the next screen returns here
 *                      (an action is re-run, so a balance shown again is current)
 * @param memberId      the chosen member, null until known
 * @param language      language tag texts are chosen by (hi, hi-Latn, ...)
 * @param back          entries to return to with "0", most recent last
 * @param pinVerified   true once her PIN was checked or set in this session
 * @param phoneProven   true when the phone is known to be hers: the network named it (USSD), or she keyed a
 *                      one-time code sent to it. A first PIN is set only then (see {@link Caller.Proof})
 * @param codePhone     the number a one-time code goes to: the claimed caller's phone, kept only while it is
 *                      not proven (null otherwise)
 * @param values        values shown on the current screen, in wire form, to re-ask it after bad input
 * @param pending       answers kept for a later node (a PIN is kept only as a salted hash)
 * @param candidates    members on a shared phone until she picks herself
 * @param role          the chosen member's role in her group (MEMBER, LEADER, BOOKKEEPER): which options she sees
 * @param kept          what a task remembers across screens and "0" (the meeting being recorded, the member
 *                      on screen), set only by actions; never an answer she typed
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SessionState(
        @JsonProperty("f") long flowVersionId,
        @JsonProperty("n") String node,
        @JsonProperty("e") String entry,
        @JsonProperty("m") Long memberId,
        @JsonProperty("l") String language,
        @JsonProperty("b") List<String> back,
        @JsonProperty("p") @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean pinVerified,
        @JsonProperty("v") Map<String, Object> values,
        @JsonProperty("q") Map<String, String> pending,
        @JsonProperty("c") List<CallerMember> candidates,
        @JsonProperty("k") @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean phoneProven,
        @JsonProperty("t") String codePhone,
        @JsonProperty("r") String role,
        @JsonProperty("x") Map<String, String> kept) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public SessionState {
        back = back == null ? List.of() : List.copyOf(back);
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        pending = pending == null ? Map.of() : Map.copyOf(pending);
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        kept = kept == null ? Map.of() : Map.copyOf(kept);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("session state not serialisable", e);
        }
    }

    public static SessionState fromJson(String json) {
        try {
            return JSON.readValue(json, SessionState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a session state: " + e.getOriginalMessage(), e);
        }
    }
}
