package org.sakhiline.channel.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sakhiline.channel.sms.SmsCommand.Keyword;
import org.sakhiline.menu.CallerMember;
import org.sakhiline.menu.Effect;
import org.sakhiline.menu.MenuBooks;
import org.sakhiline.support.i18n.DateText;
import org.sakhiline.support.i18n.Money;

/**
 * Members' keyword commands (BAL, LOAN, MEET, STMT, LANG, HELP), answered in her language and script
 * from her profile. Reads go through the same {@link MenuBooks} port as USSD and voice, so the numbers
 * agree across channels.
 *
 * <p>Her own phone needs no PIN: the reply always goes to the phone that sent the command (Twilio's From),
 * so a spoofed sender cannot read it, and anyone holding the handset can read its inbox anyway.
 *
 * <p>A shared phone: the number alone names nobody, so what shows one woman's books (BAL, LOAN, STMT) needs
 * that woman's PIN: {@code BAL 2 <PIN>} (or {@code BAL2 <PIN>}, {@code 1 2 <PIN>}). The members are numbered
 * in the order {@link MenuBooks#membersForPhone} gives (stable); a command without a number lists them. A
 * wrong PIN counts against her member PIN like on USSD (the judgement comes back as an effect the channel
 * writes in the message's transaction). MEET (the group's meeting), LANG and HELP need no PIN.
 */
@ApplicationScoped
public class MemberSmsCommands {

    /** {@code LANG} arguments (joined, lower case, no spaces or hyphens) → language tag. */
    private static final Map<String, String> LANGUAGE_CODES = new HashMap<>();

    static {
        codes("en", "en", "english", "eng", "angrezi");
        codes("hi", "hi", "hindi", "हिंदी", "हिन्दी");
        codes("hi-Latn", "hilatn", "hindiroman", "hiroman", "hinglish", "romanhindi");
        codes("as", "as", "assamese", "asamiya", "অসমীয়া");
        codes("bn", "bn", "bengali", "bangla", "বাংলা");
        codes("mni", "mni", "manipuri", "meitei", "মণিপুরী");
        codes("ur", "ur", "urdu", "اردو");
        codes("ur-Latn", "urlatn", "urduroman", "urroman", "romanurdu");
        codes("sd", "sd", "sindhi", "سنڌي", "سندھی");
    }

    private static void codes(String tag, String... names) {
        for (String n : names) {
            LANGUAGE_CODES.put(SmsCommandParser.fold(n).toLowerCase(Locale.ROOT), tag);
        }
    }

    @Inject
    MenuBooks books;

    @Inject
    SmsTemplates templates;

    @Inject
    SmsConfig config;

    /** Handles a member command from a phone with at least one active member. */
    public SmsOutcome answer(SmsCommand cmd, List<CallerMember> members, Instant now) {
        return answer(cmd, members, now, books);
    }

    /** The same, reading through {@code books} (the console's dry run passes its own view); LANG's change comes back as an effect. */
    public SmsOutcome answer(SmsCommand cmd, List<CallerMember> members, Instant now, MenuBooks books) {
        CallerMember first = members.get(0);
        Keyword k = cmd.keyword();
        if (k != Keyword.BALANCE && k != Keyword.LOAN && k != Keyword.MEETING && k != Keyword.STATEMENT
                && k != Keyword.LANGUAGE) {
            return new SmsOutcome("HELP", members.size() == 1 ? first.memberId() : null, null,
                    templates.render(first.languageTag(), "help"));
        }
        Integer selector = cmd.selector();
        boolean shared = members.size() > 1;
        boolean pinNeeded = shared && (k == Keyword.BALANCE || k == Keyword.LOAN || k == Keyword.STATEMENT);
        CallerMember m;
        if (!shared) {
            m = first;
        } else if (selector != null && selector >= 1 && selector <= members.size()) {
            m = members.get(selector - 1);
        } else {
            return new SmsOutcome("CHOOSE_MEMBER", null, null,
                    pinNeeded ? chooseMemberWithPin(cmd, members) : chooseMember(cmd, members));
        }
        String lang = m.languageTag();
        String name = m.displayName();
        List<Effect> effects = List.of();
        if (pinNeeded) {
            String pin = cmd.args().stream().filter(a -> a.matches("[0-9]{4}")).findFirst().orElse(null);
            if (pin == null) {
                return outcome("PIN_NEEDED", m, templates.render(lang, "pin_needed",
                        Map.of("name", name, "word", keyword(cmd), "no", String.valueOf(selector))), effects);
            }
            MenuBooks.PinJudgement judged = books.judgePin(m.memberId(), pin, now);
            if (judged.changesCounters()) {
                effects = List.of(new Effect.RecordPinEntry(m.memberId(), judged.after()));
            }
            Optional<SmsOutcome> refused = pinRefused(judged.verdict(), m, lang, name, effects);
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        return switch (k) {
            case BALANCE -> outcome("BALANCE", m, templates.render(lang, "balance",
                    Map.of("name", name, "amount", Money.format(books.balancePaise(m.memberId()), lang))), effects);
            case LOAN -> outcome("LOAN", m, loan(books, m, lang, name, now), effects);
            case MEETING -> outcome("MEETING", m, meeting(books, m, lang, name, now), effects);
            case STATEMENT -> outcome("STATEMENT", m, statement(books, m, lang, name), effects);
            default -> language(books, cmd, m);
        };
    }

    private Optional<SmsOutcome> pinRefused(MenuBooks.PinVerdict verdict, CallerMember m, String lang, String name,
                                            List<Effect> effects) {
        if (verdict instanceof MenuBooks.PinVerdict.Ok) {
            return Optional.empty();
        }
        if (verdict instanceof MenuBooks.PinVerdict.Wrong wrong) {
            return Optional.of(outcome("PIN_WRONG", m, templates.render(lang, "pin_wrong",
                    Map.of("name", name, "tries", String.valueOf(wrong.remainingTries()))), effects));
        }
        if (verdict instanceof MenuBooks.PinVerdict.NotSet) {
            return Optional.of(outcome("PIN_NOT_SET", m, templates.render(lang, "pin_not_set", Map.of("name", name)), effects));
        }
        return Optional.of(outcome("PIN_LOCKED", m, templates.render(lang, "pin_locked", Map.of("name", name)), effects));
    }

    private static SmsOutcome outcome(String kind, CallerMember m, SmsTemplates.Rendered reply, List<Effect> effects) {
        return new SmsOutcome(kind, m.memberId(), null, reply, effects);
    }

    private static SmsOutcome outcome(String kind, CallerMember m, SmsTemplates.Rendered reply) {
        return outcome(kind, m, reply, List.of());
    }

    private SmsTemplates.Rendered loan(MenuBooks books, CallerMember m, String lang, String name, Instant now) {
        Optional<MenuBooks.LoanDuesView> dues = books.loanDues(m.memberId(), now);
        if (dues.isEmpty()) {
            return templates.render(lang, "no_loan", Map.of("name", name));
        }
        MenuBooks.LoanDuesView d = dues.get();
        if (d.duePaise() <= 0 || d.dueDate() == null) {
            return templates.render(lang, "no_dues", Map.of("name", name));
        }
        Map<String, String> v = new HashMap<>();
        v.put("name", name);
        v.put("due", Money.format(d.duePaise(), lang));
        v.put("date", DateText.date(d.dueDate(), lang));
        if (d.overduePaise() > 0) {
            v.put("overdue", Money.format(d.overduePaise(), lang));
            return templates.render(lang, "dues_overdue", v);
        }
        return templates.render(lang, "dues", v);
    }

    private SmsTemplates.Rendered meeting(MenuBooks books, CallerMember m, String lang, String name, Instant now) {
        Optional<MenuBooks.MeetingView> next = books.nextMeeting(m.memberId(), now);
        if (next.isEmpty()) {
            return templates.render(lang, "no_meeting", Map.of("name", name));
        }
        MenuBooks.MeetingView mv = next.get();
        return templates.render(lang, "meeting", Map.of("name", name, "date", DateText.dayDate(mv.date(), lang),
                "time", DateText.time(mv.time(), lang), "place", mv.place() == null || mv.place().isBlank() ? "-" : mv.place()));
    }

    private SmsTemplates.Rendered statement(MenuBooks books, CallerMember m, String lang, String name) {
        List<MenuBooks.TxnView> txns = books.lastTransactions(m.memberId(), config.statementEntries());
        if (txns.isEmpty()) {
            return templates.render(lang, "no_txns", Map.of("name", name));
        }
        String entries = txns.stream().map(t -> DateText.date(t.date(), lang) + " " + Money.signed(t.amountPaise(), lang))
                .collect(Collectors.joining("; "));
        return templates.render(lang, "statement", Map.of("name", name, "entries", entries,
                "amount", Money.format(books.balancePaise(m.memberId()), lang)));
    }

    private SmsOutcome language(MenuBooks books, SmsCommand cmd, CallerMember m) {
        String wanted = cmd.args().stream().filter(a -> !a.matches("[0-9]{1,2}"))
                .map(a -> SmsCommandParser.fold(a).toLowerCase(Locale.ROOT)).collect(Collectors.joining());
        String tag = LANGUAGE_CODES.get(wanted);
        if (tag == null) {
            return outcome("LANGUAGE", m, templates.render(m.languageTag(), "lang_usage"));
        }
        return new SmsOutcome("LANGUAGE", m.memberId(), null, templates.render(tag, "language_saved"),
                List.of(new Effect.SetLanguage(m.memberId(), tag)));
    }

    /** "This phone has 2 members: 1 = Sita, 2 = Geeta. Reply BAL <number> <her PIN>" in the first member's language. */
    private SmsTemplates.Rendered chooseMemberWithPin(SmsCommand cmd, List<CallerMember> members) {
        List<String> choices = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            choices.add((i + 1) + " = " + members.get(i).displayName());
        }
        return templates.render(members.get(0).languageTag(), "choose_member_pin", Map.of("count",
                String.valueOf(members.size()), "choices", String.join(", ", choices), "word", keyword(cmd)));
    }

    /** The keyword as she typed it; a bare menu digit reads badly in "1 2 = Geeta": the English keyword instead. */
    private static String keyword(SmsCommand cmd) {
        return switch (cmd.word()) {
            case "1" -> "BAL";
            case "2" -> "LOAN";
            case "3" -> "MEET";
            case "4" -> "STMT";
            default -> cmd.word();
        };
    }

    /** "This phone has 2 members. Reply MEET 1 = Sita, MEET 2 = Geeta" in the first member's language. */
    private SmsTemplates.Rendered chooseMember(SmsCommand cmd, List<CallerMember> members) {
        List<String> words = new ArrayList<>();
        words.add(keyword(cmd));
        cmd.args().stream().filter(a -> !a.matches("[0-9]+")).forEach(words::add);
        String prefix = String.join(" ", words);
        List<String> choices = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            choices.add(prefix + " " + (i + 1) + " = " + members.get(i).displayName());
        }
        return templates.render(members.get(0).languageTag(), "choose_member",
                Map.of("count", String.valueOf(members.size()), "choices", String.join(", ", choices)));
    }
}
