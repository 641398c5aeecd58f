package org.sakhiline.menu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One small valid flow, and for each rule a variant that breaks it. */
class FlowValidatorTest {

    static final String FLOW = """
            key: t
            defaultLanguage: en
            languages: [en, hi]
            start: identify
            home: main
            pinGate: enter_pin
            nodes:
              identify: {kind: action, action: choose_member, on: {pin_set: main, pin_not_set: main, choose: who, unknown: bye}}
              who: {kind: menu, prompt: who, optionsFrom: members, target: identify}
              bye: {kind: end, prompt: bye}
              main: {kind: menu, root: true, options: [{digit: "1", label: opt_balance, target: balance}]}
              balance: {kind: action, action: savings_balance, requiresPin: true, on: {ok: balance_screen}}
              balance_screen: {kind: menu, prompt: balance_is}
              enter_pin: {kind: input, input: pin, prompt: enter_pin, store: pin, target: check_pin}
              check_pin: {kind: action, action: verify_pin, on: {ok: return, wrong: enter_pin, locked: bye, held: bye, not_set: bye}}
            """;
    static final String EN = """
            nav_back: "Back"
            nav_more: "More"
            busy: "Busy."
            hint_choice: "Invalid choice."
            hint_pin: "Enter 4 digits."
            who: "Who is calling?"
            bye: "Bye."
            opt_balance: "Savings"
            balance_is: "Savings: {amount}"
            enter_pin: "Enter PIN:"
            """;
    static final String HI = """
            nav_back: "पीछे"
            nav_more: "आगे"
            busy: "व्यस्त।"
            hint_choice: "गलत विकल्प।"
            hint_pin: "4 अंक डालें।"
            who: "कौन बोल रही हैं?"
            bye: "नमस्ते।"
            opt_balance: "बचत"
            balance_is: "बचत: {amount}"
            enter_pin: "पिन डालें:"
            """;

    static List<FlowProblem> validate(String flow, String en, String hi) {
        return FlowValidator.standard().validate(FlowLoader.fromYaml("menus/t", flow, Map.of("en", en, "hi", hi)));
    }

    static String only(List<FlowProblem> problems) {
        assertEquals(1, problems.size(), problems.stream().map(FlowProblem::toString).collect(Collectors.joining("\n")));
        return problems.get(0).toString();
    }

    @Test
    void theBaseFlowIsValid() {
        assertEquals(List.of(), validate(FLOW, EN, HI));
    }

    @Test
    void unknownTarget() {
        String p = only(validate(FLOW.replace("on: {ok: balance_screen}", "on: {ok: balance_scren}"), EN, HI)
                .stream().filter(x -> x.message().contains("unknown target")).toList());
        assertEquals("menus/t/flow.yaml node 'balance': unknown target 'balance_scren'", p);
    }

    @Test
    void unreachableNode() {
        String p = only(validate(FLOW + "  orphan: {kind: end, prompt: bye}\n", EN, HI));
        assertEquals("menus/t/flow.yaml node 'orphan': unreachable from start 'identify'", p);
    }

    @Test
    void actionOutcomeWithNowhereToGo() {
        String p = only(validate(FLOW.replace("locked: bye, held: bye, not_set: bye", "held: bye, not_set: bye"), EN, HI));
        assertTrue(p.contains("node 'check_pin'") && p.contains("outcome 'locked' of verify_pin leads nowhere"), p);
    }

    @Test
    void messageWithNoWayOut() {
        String flow = FLOW.replace("unknown: bye}", "unknown: note}") + "  note: {kind: message, prompt: bye}\n";
        String p = only(validate(flow, EN, HI));
        assertTrue(p.contains("node 'note'") && p.contains("no way out"), p);
    }

    @Test
    void rootMenuWithoutOptionsHasNoWayOut() {
        String flow = FLOW.replace("main: {kind: menu, root: true, options: [{digit: \"1\", label: opt_balance, target: balance}]}",
                "main: {kind: menu, root: true, prompt: bye}\n  hidden: {kind: menu, options: [{digit: \"1\", label: opt_balance, target: balance}]}");
        List<FlowProblem> problems = validate(flow, EN, HI);
        assertTrue(problems.stream().anyMatch(x -> x.toString().equals(
                "menus/t/flow.yaml node 'main': menu has no options and no screen to go back to (no way out)")), problems.toString());
    }

    @Test
    void missingTranslationNamesFileNodeAndLanguage() {
        String p = only(validate(FLOW, EN, HI.replace("opt_balance: \"बचत\"\n", "")));
        assertEquals("menus/t/texts/hi.yaml node 'main' [hi]: missing translation 'opt_balance'", p);
    }

    @Test
    void missingLanguageFileReportsEveryKey() {
        List<FlowProblem> problems = FlowValidator.standard().validate(FlowLoader.fromYaml("menus/t", FLOW, Map.of("en", EN)));
        assertEquals(10, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.file().equals("menus/t/texts/hi.yaml") && "hi".equals(p.language())));
    }

    @Test
    void unknownAction() {
        String p = only(validate(FLOW.replace("action: savings_balance", "action: savings_balanse"), EN, HI));
        assertEquals("menus/t/flow.yaml node 'balance': unknown action 'savings_balanse'", p);
    }

    @Test
    void unknownPlaceholder() {
        String p = only(validate(FLOW, EN.replace("Savings: {amount}", "Savings: {amount} on {date}"), HI));
        assertEquals("menus/t/texts/en.yaml node 'balance_screen' [en]: text 'balance_is' uses {date}, which no action provides here", p);
    }

    @Test
    void placeholderOutOfScopeOnAnotherScreen() {
        String p = only(validate(FLOW, EN.replace("opt_balance: \"Savings\"", "opt_balance: \"Savings {amount}\""), HI));
        assertTrue(p.startsWith("menus/t/texts/en.yaml node 'main' [en]: text 'opt_balance' uses {amount}"), p);
    }

    @Test
    void textThatDoesNotParse() {
        String p = only(validate(FLOW, EN, HI.replace("बचत: {amount}", "बचत: {#if amount}")));
        assertTrue(p.startsWith("menus/t/texts/hi.yaml node 'balance_screen' [hi]: text 'balance_is' does not parse"), p);
    }

    @Test
    void screenTooLongInUcs2ButNotInGsm7() {
        String longHindi = "आपकी कुल बचत इस समय इतनी है, कृपया ध्यान से सुनें और याद रखें: {amount}";
        String p = only(validate(FLOW, EN, HI.replace("बचत: {amount}", longHindi)));
        assertTrue(p.startsWith("menus/t/texts/hi.yaml node 'balance_screen' [hi]: screen needs"), p);
        assertTrue(p.contains("of 80 UCS-2 units") && p.contains("Rs 99,99,999"), p);
        // The same length in English fits the 182-character GSM-7 screen.
        assertEquals(List.of(), validate(FLOW, EN.replace("Savings: {amount}",
                "Your total savings at this moment are as follows, please listen carefully and remember: {amount}"), HI));
    }

    @Test
    void stricterLimitsAreAParameter() {
        FlowValidator strict = new FlowValidator(MenuActions.standard(), new ScreenLimits(182, 20, 0));
        List<FlowProblem> problems = strict.validate(FlowLoader.fromYaml("menus/t", FLOW, Map.of("en", EN, "hi", HI)));
        assertTrue(problems.stream().anyMatch(p -> "hi".equals(p.language()) && p.message().startsWith("screen needs")), problems.toString());
        assertTrue(problems.stream().noneMatch(p -> "en".equals(p.language())), problems.toString());
    }

    @Test
    void actionsAndMessagesLoopingWithoutAWait() {
        String flow = FLOW.replace("unknown: bye}", "unknown: a}")
                + "  a: {kind: message, prompt: bye, next: b}\n  b: {kind: message, prompt: bye, next: a}\n";
        List<FlowProblem> problems = validate(flow, EN, HI);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("loop back here without waiting")), problems.toString());
    }

    @Test
    void actionReadingAnAnswerNoNodeCollects() {
        String flow = FLOW.replace("on: {ok: balance_screen}", "on: {ok: relang}")
                + "  relang: {kind: action, action: change_language, on: {ok: main}}\n";
        String p = only(validate(flow, EN, HI).stream().filter(x -> x.message().contains("reads")).toList());
        assertEquals("menus/t/flow.yaml node 'relang': action change_language reads 'lang' but no input stores it", p);
    }

    // ---- options for some roles only, a node's own "0" and hint ----

    private static final String MAIN = "options: [{digit: \"1\", label: opt_balance, target: balance}]";

    @Test
    void oneDigitMayServeTwoRolesButNeverOneCallerTwice() {
        String twoRoles = FLOW.replace(MAIN, "options: [{digit: \"1\", label: opt_balance, target: balance, roles: [MEMBER]},"
                + " {digit: \"1\", label: opt_balance, target: bye, roles: [LEADER, BOOKKEEPER]}]");
        assertEquals(List.of(), validate(twoRoles, EN, HI));
        String overlap = FLOW.replace(MAIN, "options: [{digit: \"1\", label: opt_balance, target: balance, roles: [LEADER]},"
                + " {digit: \"1\", label: opt_balance, target: bye, roles: [LEADER, BOOKKEEPER]}]");
        assertEquals("menus/t/flow.yaml node 'main': option digit 1 used twice", only(validate(overlap, EN, HI)));
        String everyone = FLOW.replace(MAIN, "options: [{digit: \"1\", label: opt_balance, target: balance},"
                + " {digit: \"1\", label: opt_balance, target: bye, roles: [LEADER]}]");
        assertEquals("menus/t/flow.yaml node 'main': option digit 1 used twice", only(validate(everyone, EN, HI)));
    }

    @Test
    void unknownRole() {
        String p = only(validate(FLOW.replace(MAIN, "options: [{digit: \"1\", label: opt_balance, target: balance,"
                + " roles: [TREASURER]}]"), EN, HI));
        assertTrue(p.startsWith("menus/t/flow.yaml node 'main': option 1 names unknown role 'TREASURER'"), p);
    }

    @Test
    void eachRoleScreenIsMeasured() {
        // Seven long options for leaders only: a plain member's screen fits, a leader's does not.
        StringBuilder options = new StringBuilder("options: [{digit: \"1\", label: opt_balance, target: balance}");
        for (int d = 2; d <= 8; d++) {
            options.append(", {digit: \"").append(d).append("\", label: opt_long, target: balance, roles: [LEADER]}");
        }
        String flow = FLOW.replace(MAIN, options + "]");
        String p = only(validate(flow, EN + "opt_long: \"Confirm the meeting\"\n", HI + "opt_long: \"बैठक पक्की करें\"\n"));
        assertTrue(p.startsWith("menus/t/texts/hi.yaml node 'main' [hi]: screen needs"), p);
        assertTrue(p.contains("8 बैठक पक्की करें"), p);
    }

    @Test
    void backOnlyOnAWaitingNodeAndToAKnownNode() {
        assertEquals(List.of(), validate(FLOW.replace("balance_screen: {kind: menu, prompt: balance_is}",
                "balance_screen: {kind: menu, prompt: balance_is, back: main}"), EN, HI));
        assertEquals("menus/t/flow.yaml node 'balance': only a menu or an input can say where \"0\" goes (back)",
                only(validate(FLOW.replace("on: {ok: balance_screen}}", "on: {ok: balance_screen}, back: main}"), EN, HI)));
        assertEquals("menus/t/flow.yaml node 'balance_screen': unknown target 'nowhere'",
                only(validate(FLOW.replace("balance_screen: {kind: menu, prompt: balance_is}",
                        "balance_screen: {kind: menu, prompt: balance_is, back: nowhere}"), EN, HI)));
    }

    @Test
    void aNodesOwnHintNeedsItsTextAndMayShowTheScreensValues() {
        String flow = FLOW.replace("balance_screen: {kind: menu, prompt: balance_is}",
                "balance_screen: {kind: menu, prompt: balance_is, hint: hint_balance}");
        assertEquals(List.of(), validate(flow, EN + "hint_balance: \"{amount}: press 0.\"\n",
                HI + "hint_balance: \"{amount}: 0 दबाएँ।\"\n"));
        String p = only(validate(flow, EN + "hint_balance: \"{amount}: press 0.\"\n", HI));
        assertEquals("menus/t/texts/hi.yaml node 'balance_screen' [hi]: missing translation 'hint_balance'", p);
    }
}
