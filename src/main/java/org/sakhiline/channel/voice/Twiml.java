package org.sakhiline.channel.voice;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Play;
import com.twilio.twiml.voice.Redirect;
import com.twilio.twiml.voice.Say;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes TwiML with the Twilio SDK: speech inside a {@code <Gather>} (she may press a key at any time), then what follows. */
final class Twiml {

    private static final Map<String, Say.Language> LANGUAGES = Arrays.stream(Say.Language.values())
            .collect(Collectors.toMap(Say.Language::toString, Function.identity(), (a, b) -> a));
    private static final Map<String, Say.Voice> VOICES = Arrays.stream(Say.Voice.values())
            .collect(Collectors.toMap(Say.Voice::toString, Function.identity(), (a, b) -> a));

    private Twiml() {}

    /**
     * @param gather      null to speak and then hang up
     * @param action      where the {@code <Gather>} posts the keys
     * @param afterSilence where Twilio goes when no key came (the next verb after the Gather), or null
     */
    static String write(List<Speech> speech, VoicePrompter.GatherSpec gather, String action, int timeoutSeconds,
                        String afterSilence, List<Speech> afterGather, boolean hangup) {
        VoiceResponse.Builder response = new VoiceResponse.Builder();
        if (gather != null) {
            Gather.Builder g = new Gather.Builder().inputs(Gather.Input.DTMF).action(action).method(HttpMethod.POST)
                    .timeout(timeoutSeconds);
            if (gather.numDigits() != null) {
                g.numDigits(gather.numDigits());
            }
            if (gather.finishOnKey() != null) {
                g.finishOnKey(gather.finishOnKey());
            }
            for (Speech s : speech) {
                if (s.isSay()) {
                    g.say(say(s));
                } else {
                    g.play(new Play.Builder(s.play()).build());
                }
            }
            response.gather(g.build());
        } else {
            add(response, speech);
        }
        add(response, afterGather);
        if (afterSilence != null) {
            response.redirect(new Redirect.Builder(afterSilence).method(HttpMethod.POST).build());
        }
        if (hangup) {
            response.hangup(new Hangup.Builder().build());
        }
        return response.build().toXml();
    }

    private static void add(VoiceResponse.Builder response, List<Speech> speech) {
        for (Speech s : speech) {
            if (s.isSay()) {
                response.say(say(s));
            } else {
                response.play(new Play.Builder(s.play()).build());
            }
        }
    }

    private static Say say(Speech s) {
        Say.Builder b = new Say.Builder(s.say());
        Say.Language language = LANGUAGES.get(s.language());
        if (language != null) {
            b.language(language);
        }
        Say.Voice voice = s.voice() == null ? null : VOICES.get(s.voice());
        if (voice != null) {
            b.voice(voice);
        }
        return b.build();
    }

    /** Unknown codes in configuration are caught at startup, not in a call. */
    static boolean knownLanguage(String code) {
        return LANGUAGES.containsKey(code);
    }

    static boolean knownVoice(String name) {
        return VOICES.containsKey(name);
    }
}
