package org.sakhiline.channel.voice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.sakhiline.menu.FlowVersion;
import org.sakhiline.menu.MenuActions;
import org.sakhiline.menu.MenuOutput.MenuOption;
import org.sakhiline.menu.MenuOutput.PromptLine;
import org.sakhiline.menu.MenuOutput.WaitKind;
import org.sakhiline.menu.MenuOutput;
import org.sakhiline.menu.NodeDef;
import org.sakhiline.menu.SessionState;
import org.sakhiline.menu.ValueSpec;
import org.sakhiline.menu.ValueType;
import org.sakhiline.support.i18n.DateText;
import org.sakhiline.support.i18n.Languages;
import org.sakhiline.support.i18n.Money;

/**
 * Turns the engine's output (prompt keys with values, options, what it waits for) into speech. Each
 * line is spoken in the caller's language (script does not matter on the phone: hi-Latn hears Hindi):
 * from recordings when every piece of the line is recorded, else with Twilio's TTS when the language
 * has a voice, else in the flow's default language. Menus read their options from the voice texts
 * ("for savings, press 1"), never the screen text.
 */
@ApplicationScoped
public class VoicePrompter {

    private static final Logger LOG = Logger.getLogger(VoicePrompter.class);

    public static final String PRESS = "press";
    public static final String PRESS_CHOICE = "press_choice";
    public static final String PRESS_BACK = "press_back";
    public static final String PRESS_REPEAT = "press_repeat";
    public static final String WELCOME = "welcome";
    public static final String GOODBYE = "goodbye";
    public static final String NO_INPUT = "no_input";
    public static final String BUSY = "busy";
    public static final String MESSAGE_REPEAT = "message_repeat";
    public static final String AMOUNT = "amount";
    public static final String AMOUNT_PAISE = "amount_paise";
    public static final String CREDIT = "credit";
    public static final String DEBIT = "debit";

    /** Values only the voice texts use. */
    private static final Map<String, ValueSpec> VOICE_VALUES = Map.of(
            "rupees", ValueSpec.of(ValueType.NUMBER), "paise", ValueSpec.of(ValueType.NUMBER),
            "digit", ValueSpec.of(ValueType.NUMBER));

    @Inject
    VoiceTexts voiceTexts;

    @Inject
    AudioLibrary audio;

    @Inject
    VoiceConfig config;

    private final Map<String, Optional<VoiceTemplate>> flowTemplates = new ConcurrentHashMap<>();

    /** A TTS language or voice Twilio does not know would fail every call in that language: say so at startup. */
    void checkVoices(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event) {
        config.ttsLanguage().forEach((lang, code) -> {
            if (!Twiml.knownLanguage(code)) {
                LOG.errorf("sakhiline.voice.tts-language.%s=%s is not a Twilio <Say> language", lang, code);
            }
        });
        config.ttsVoice().forEach((lang, voice) -> {
            if (!Twiml.knownVoice(voice)) {
                LOG.errorf("sakhiline.voice.tts-voice.%s=%s is not a Twilio voice", lang, voice);
            }
        });
    }

    /** An option's label: the text key of a menu option, or a name said as it is (a shared phone's members). */
    public record Label(String key, String text) {}

    /** What Twilio should collect after speaking: one key for a menu, digits up to "#" for a PIN or amount. */
    public record GatherSpec(Integer numDigits, String finishOnKey) {}

    /** A screen as spoken: kept in the session so silence and "*" repeat it without re-running the menu. */
    public record VoiceScreen(List<Speech> speech, GatherSpec gather) {}

    /**
     * One hop rendered: one-off lines (a hint, "PIN saved"), the screen as spoken now (without a prompt the
     * engine's hint replaced: "enter 4 digits" instead of "enter your PIN"), the whole screen (kept for
     * repeats), and whether the call ends.
     */
    public record Rendered(List<Speech> lead, List<Speech> now, VoiceScreen screen, boolean end) {}

    /** Renders the engine's output for the node the session now waits at. */
    public Rendered render(FlowVersion flow, SessionState state, MenuOutput out) {
        String lang = out.language();
        NodeDef node = flow.definition().node(state.node());
        List<String> prompts = node.prompt() == null ? List.of() : node.prompt();
        List<Speech> lead = new ArrayList<>();
        for (PromptLine l : out.lines()) {
            if (!prompts.contains(l.key())) {
                lead.addAll(line(flow, lang, l.key(), l.values()));
            }
        }
        List<Speech> promptSpeech = new ArrayList<>();
        boolean replaced = !prompts.isEmpty() && out.lines().stream().noneMatch(l -> prompts.contains(l.key()));
        for (String key : prompts) {
            Map<String, Object> values = out.lines().stream().filter(l -> l.key().equals(key)).findFirst()
                    .map(PromptLine::values).orElse(state.values());
            promptSpeech.addAll(line(flow, lang, key, values));
        }
        List<Speech> screen = new ArrayList<>();
        for (PromptLine l : out.listLines()) {
            screen.addAll(line(flow, lang, l.key(), l.values()));
        }
        GatherSpec gather = null;
        if (!out.end()) {
            WaitKind kind = out.expects().kind();
            if (kind == WaitKind.CHOICE) {
                for (MenuOption o : out.options()) {
                    Map<String, Object> v = Map.of("label", new Label(o.key(), o.text()), "digit", o.digit());
                    screen.addAll(line(flow, lang, o.key() != null ? PRESS : PRESS_CHOICE, v));
                }
                if (out.back() != null) {
                    screen.addAll(line(flow, lang, PRESS_BACK, Map.of()));
                }
                screen.addAll(line(flow, lang, PRESS_REPEAT, Map.of()));
                gather = new GatherSpec(1, null);
            } else if (kind != WaitKind.NONE) {
                gather = new GatherSpec(null, "#");
            }
        }
        List<Speech> full = new ArrayList<>(promptSpeech);
        full.addAll(screen);
        return new Rendered(merge(lead), merge(replaced ? screen : full), new VoiceScreen(merge(full), gather), out.end());
    }

    /**
     * One prompt key with its values, spoken in {@code lang} or, failing that, the flow's default
     * language, then English. {@code flow} may be null (voice texts only, e.g. when the database is down).
     */
    public List<Speech> line(FlowVersion flow, String lang, String key, Map<String, Object> values) {
        String spoken = Languages.base(lang == null ? config.defaultLanguage() : lang);
        List<String> tries = new ArrayList<>(List.of(spoken));
        String fallback = Languages.base(flow != null ? flow.definition().defaultLanguage() : config.defaultLanguage());
        if (!tries.contains(fallback)) {
            tries.add(fallback);
        }
        if (!tries.contains("en")) {
            tries.add("en");
        }
        for (String l : tries) {
            Optional<List<Speech>> speech = speakIn(flow, l, key, values);
            if (speech.isPresent()) {
                return speech.get();
            }
        }
        LOG.warnf("voice: nothing to say for '%s' in %s", key, lang);
        return List.of();
    }

    /**
     * Free text in a language (an outbound message body): its recording when {@code clip} names one,
     * else TTS in the language, else in the default language's voice.
     */
    public List<Speech> freeText(String lang, String text, String clip) {
        String spoken = Languages.base(lang == null ? config.defaultLanguage() : lang);
        if (clip != null) {
            Optional<String> file = audio.file(spoken, clip);
            if (file.isPresent()) {
                return List.of(Speech.play(audio.url(spoken, file.get())));
            }
        }
        for (String l : List.of(spoken, Languages.base(config.defaultLanguage()), "en")) {
            String code = config.ttsLanguage().get(l);
            if (code != null) {
                return List.of(Speech.say(text, code, config.ttsVoice().get(l)));
            }
        }
        return List.of(Speech.say(text, "en-IN", null));
    }

    private Optional<List<Speech>> speakIn(FlowVersion flow, String spoken, String key, Map<String, Object> values) {
        Optional<VoiceTemplate> template = template(flow, spoken, key);
        if (template.isEmpty()) {
            return Optional.empty();
        }
        if (audio.recorded(spoken)) {
            Optional<List<String>> clips = clips(flow, spoken, template.get(), values);
            if (clips.isPresent()) {
                List<Speech> plays = new ArrayList<>();
                for (String clip : clips.get()) {
                    Optional<String> file = audio.file(spoken, clip);
                    if (file.isEmpty()) {
                        plays = null;
                        break;
                    }
                    plays.add(Speech.play(audio.url(spoken, file.get())));
                }
                if (plays != null) {
                    return Optional.of(plays);
                }
            }
        }
        String code = config.ttsLanguage().get(spoken);
        if (code == null) {
            return Optional.empty();
        }
        String text = tts(flow, spoken, template.get(), values).strip();
        return Optional.of(text.isEmpty() ? List.of() : List.of(Speech.say(text, code, config.ttsVoice().get(spoken))));
    }

    /** The voice text of a key in exactly this language, else the flow's text in exactly this language. */
    Optional<VoiceTemplate> template(FlowVersion flow, String spoken, String key) {
        Optional<VoiceTemplate> voice = voiceTexts.template(spoken, key);
        if (voice.isPresent() || flow == null) {
            return voice;
        }
        if (flow.id() < 0) {
            // A draft in the console's simulator (negative id): its texts change between edits, so no caching.
            return flowTemplate(flow, spoken, key);
        }
        return flowTemplates.computeIfAbsent(flow.id() + "|" + spoken + "|" + key, k -> flowTemplate(flow, spoken, key));
    }

    private static Optional<VoiceTemplate> flowTemplate(FlowVersion flow, String spoken, String key) {
        Map<String, String> texts = flow.definition().texts().get(spoken);
        String text = texts == null ? null : texts.get(key);
        return text == null ? Optional.empty() : Optional.of(VoiceTemplate.parse(key, text));
    }

    // ---- text-to-speech ----

    private String tts(FlowVersion flow, String spoken, VoiceTemplate template, Map<String, Object> values) {
        StringBuilder sb = new StringBuilder();
        for (VoiceTemplate.Part part : template.parts()) {
            if (part instanceof VoiceTemplate.Literal l) {
                sb.append(l.text());
            } else if (part instanceof VoiceTemplate.Slot s) {
                Object value = values.get(s.name());
                if (value != null) {
                    sb.append(ttsValue(flow, spoken, s.name(), value));
                }
            }
        }
        return sb.toString();
    }

    private String ttsValue(FlowVersion flow, String spoken, String name, Object value) {
        if (value instanceof Label label) {
            return label.key() == null ? label.text()
                    : template(flow, spoken, label.key()).map(t -> tts(flow, spoken, t, Map.of())).orElse(label.text());
        }
        ValueType type = typeOf(name);
        if (type == null || "digit".equals(name)) {
            return value.toString();
        }
        return switch (type) {
            case AMOUNT -> amountTts(flow, spoken, ((Number) value).longValue());
            case SIGNED_AMOUNT -> {
                long paise = ((Number) value).longValue();
                yield template(flow, spoken, paise >= 0 ? CREDIT : DEBIT)
                        .map(t -> tts(flow, spoken, t, Map.of("amount", Math.abs(paise))))
                        .orElse(Money.signed(paise, spoken));
            }
            case DATE -> SpokenForms.date(LocalDate.parse(value.toString()), spoken);
            case DAY_DATE -> SpokenForms.dayDate(LocalDate.parse(value.toString()), spoken);
            case TIME -> DateText.time(LocalTime.parse(value.toString()), spoken);
            case NUMBER -> value instanceof Number n ? SpokenForms.number(n.longValue(), spoken) : value.toString();
            case TEXT, LIST -> value.toString();
        };
    }

    private String amountTts(FlowVersion flow, String spoken, long paise) {
        long abs = Math.abs(paise);
        Map<String, Object> parts = Map.of("rupees", abs / 100, "paise", abs % 100);
        String text = template(flow, spoken, abs % 100 == 0 ? AMOUNT : AMOUNT_PAISE)
                .map(t -> tts(flow, spoken, t, parts)).orElse(Money.format(abs, spoken));
        return paise < 0 ? "-" + text : text;
    }

    // ---- recordings ----

    /** Clip names for a template with its values, or empty when some part cannot come from a recording. */
    private Optional<List<String>> clips(FlowVersion flow, String spoken, VoiceTemplate template, Map<String, Object> values) {
        List<String> clips = new ArrayList<>();
        for (VoiceTemplate.Part part : template.parts()) {
            if (part instanceof VoiceTemplate.Literal l) {
                if (l.clip() != null) {
                    clips.add(l.clip());
                }
            } else if (part instanceof VoiceTemplate.Slot s) {
                Object value = values.get(s.name());
                Optional<List<String>> valueClips = value == null ? Optional.empty() : valueClips(flow, spoken, s.name(), value);
                if (valueClips.isEmpty()) {
                    return Optional.empty();
                }
                clips.addAll(valueClips.get());
            }
        }
        return Optional.of(clips);
    }

    private Optional<List<String>> valueClips(FlowVersion flow, String spoken, String name, Object value) {
        if (value instanceof Label label) {
            return label.key() == null ? Optional.empty()
                    : template(flow, spoken, label.key()).flatMap(t -> clips(flow, spoken, t, Map.of()));
        }
        ValueType type = typeOf(name);
        if (type == null) {
            return Optional.empty();
        }
        return switch (type) {
            case AMOUNT -> {
                long abs = Math.abs(((Number) value).longValue());
                Map<String, Object> parts = new LinkedHashMap<>();
                parts.put("rupees", abs / 100);
                parts.put("paise", abs % 100);
                yield template(flow, spoken, abs % 100 == 0 ? AMOUNT : AMOUNT_PAISE).flatMap(t -> clips(flow, spoken, t, parts));
            }
            case SIGNED_AMOUNT -> {
                long paise = ((Number) value).longValue();
                yield template(flow, spoken, paise >= 0 ? CREDIT : DEBIT)
                        .flatMap(t -> clips(flow, spoken, t, Map.of("amount", Math.abs(paise))));
            }
            case NUMBER -> Optional.of(IndianNumberWords.fragments(Long.parseLong(value.toString())));
            case DATE -> Optional.of(SpokenForms.dateClips(LocalDate.parse(value.toString())));
            case DAY_DATE -> Optional.of(SpokenForms.dayDateClips(LocalDate.parse(value.toString())));
            case TIME -> Optional.of(SpokenForms.timeClips(LocalTime.parse(value.toString())));
            case TEXT, LIST -> Optional.empty();
        };
    }

    private static ValueType typeOf(String name) {
        ValueSpec spec = VOICE_VALUES.get(name);
        if (spec == null) {
            spec = MenuActions.values().get(name);
        }
        return spec == null ? null : spec.type();
    }

    /** Joins neighbouring TTS lines of one voice into one {@code <Say>}, ending each as a sentence. */
    static List<Speech> merge(List<Speech> speech) {
        List<Speech> out = new ArrayList<>();
        for (Speech s : speech) {
            Speech last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.isSay() && s.isSay() && last.language().equals(s.language())
                    && java.util.Objects.equals(last.voice(), s.voice())) {
                out.set(out.size() - 1, Speech.say(sentence(last.say()) + " " + s.say(), last.language(), last.voice()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.isEmpty() || ".?!।:;,".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
    }
}
