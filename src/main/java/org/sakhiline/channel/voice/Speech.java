package org.sakhiline.channel.voice;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing the caller hears: text for Twilio's {@code <Say>} in a language (and optional voice), or a
 * recording for {@code <Play>}. Stored in the call's session to repeat a screen, so it stays small.
 *
 * @param say      text to speak, or null for a recording
 * @param language Twilio language code of {@code say} (hi-IN)
 * @param voice    Twilio voice name (Polly.Aditi), or null for the account default
 * @param play     absolute URL of a recording, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Speech(String say, String language, String voice, String play) {

    public static Speech say(String text, String language, String voice) {
        return new Speech(text, language, voice, null);
    }

    public static Speech play(String url) {
        return new Speech(null, null, null, url);
    }

    @JsonIgnore
    public boolean isSay() {
        return say != null;
    }
}
