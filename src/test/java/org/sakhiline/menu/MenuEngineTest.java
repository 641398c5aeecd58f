package org.sakhiline.menu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sakhiline.menu.MenuOutput.WaitKind;
import org.sakhiline.testing.FixtureBooks;

/** Engine behaviour the flow cases do not show as screen text: state, output structure, guards. */
class MenuEngineTest {

    static FlowVersion flow;
    static final Instant NOW = Instant.parse("2025-02-17T05:00:00Z");
    static final String PHONE = "+919800000001";

    @BeforeAll
    static void load() {
        flow = FlowVersion.compile(7, 3, FlowLoader.load(Path.of("menus/main")));
    }

    static FixtureBooks books(boolean pinSet) throws Exception {
        String member = """
                [{"id": 1, "name": "Sita Devi", "nameNative": "सीता देवी", "language": "hi", "script": "NATIVE",
                  "phones": ["+919800000001"], %s "balance": 125030000,
                  "transactions": [{"date": "2025-02-14", "amount": 50000}]}]
                """.formatted(pinSet ? "\"pin\": \"1357\"," : "");
        return new FixtureBooks(new ObjectMapper().readTree(member));
    }

    static Step hop(MenuEngine engine, Step step, String input) {
        return engine.resume(flow, SessionState.fromJson(step.next().toJson()), input, NOW);
    }

    @Test
    void stateIsCompactJsonAndKeepsItsFlowVersion() throws Exception {
        FixtureBooks books = books(true);
        MenuEngine engine = new MenuEngine(books);
        Step main = engine.start(flow, Caller.byNetwork(PHONE, books.membersForPhone(PHONE)), NOW);
        String json = main.next().toJson();
        assertEquals("{\"f\":7,\"n\":\"main\",\"e\":\"main\",\"m\":1,\"l\":\"hi\",\"k\":true}", json);
        assertEquals(main.next(), SessionState.fromJson(json));

        Step balance = hop(engine, hop(engine, main, "1"), "1357");
        SessionState s = balance.next();
        assertEquals(List.of("main"), s.back());
        assertTrue(s.pinVerified());
        assertEquals("balance", s.entry());
        assertTrue(s.toJson().length() < 200, s.toJson());
    }

    @Test
    void aPinNeverAppearsInTheStoredState() throws Exception {
        FixtureBooks books = books(false);
        MenuEngine engine = new MenuEngine(books);
        Step newPin = engine.start(flow, Caller.byNetwork(PHONE, books.membersForPhone(PHONE)), NOW);
        assertEquals(WaitKind.PIN, newPin.output().expects().kind());
        assertEquals(4, newPin.output().expects().minLength());
        Step confirm = hop(engine, newPin, "2468");
        assertFalse(confirm.next().toJson().contains("2468"), confirm.next().toJson());
        Step saved = hop(engine, confirm, "2468");
        assertEquals(List.of("set_pin"), saved.effects().stream().map(Effect::describe).toList());
        assertFalse(saved.effects().toString().contains("2468"), "a PIN never shows in an effect's text");
        books.apply(saved.effects());
        assertEquals("2468", books.pin(1));
        assertFalse(saved.next().toJson().contains("pin1"), "the sealed first entry is dropped after use");
        assertEquals("पिन सेव हो गया।", saved.output().lines().get(0).text());
        assertEquals("pin_saved", saved.output().lines().get(0).key());
    }

    @Test
    void outputCarriesKeysAndRawValuesForVoice() throws Exception {
        FixtureBooks books = books(true);
        MenuEngine engine = new MenuEngine(books);
        Step main = engine.start(flow, Caller.byNetwork(PHONE, books.membersForPhone(PHONE)), NOW);
        MenuOutput menu = main.output();
        assertEquals(WaitKind.CHOICE, menu.expects().kind());
        assertEquals("opt_balance", menu.options().get(0).key());
        assertEquals("1", menu.options().get(0).digit());
        assertNull(menu.back(), "the main menu is the root: nothing to go back to");
        assertEquals("00", menu.more().digit());

        MenuOutput balance = hop(engine, hop(engine, main, "1"), "1357").output();
        MenuOutput.PromptLine line = balance.lines().get(0);
        assertEquals("balance_is", line.key());
        assertEquals(Map.of("amount", 125030000L), line.values());
        assertEquals("आपकी बचत: Rs 12,50,300", line.text());
        assertEquals("nav_back", balance.back().key());
        assertEquals("आपकी बचत: Rs 12,50,300\n1 लेन-देन\n0 पीछे", ScreenText.compose(balance));

        MenuOutput statement = hop(engine, hop(engine, hop(engine, main, "1"), "1357"), "1").output();
        assertEquals(1, statement.listLines().size());
        assertEquals("14 फ़रवरी +Rs 500", statement.listLines().get(0).text());
        assertEquals(List.of("पिछले लेन-देन:", "14 फ़रवरी +Rs 500", "0 पीछे"), ScreenText.lines(statement));
    }

    @Test
    void aSessionCannotSwitchFlowVersion() throws Exception {
        FixtureBooks books = books(true);
        MenuEngine engine = new MenuEngine(books);
        Step main = engine.start(flow, Caller.byNetwork(PHONE, books.membersForPhone(PHONE)), NOW);
        FlowVersion newer = FlowVersion.compile(8, 4, flow.definition());
        assertThrows(IllegalArgumentException.class, () -> engine.resume(newer, main.next(), "1", NOW));
    }

    @Test
    void busyScreenEndsInTheSessionLanguageWithFallback() {
        MenuEngine engine = new MenuEngine(null);
        MenuOutput busy = engine.busy(flow, "ur");
        assertTrue(busy.end());
        assertEquals("سروس مصروف ہے۔ بعد میں دوبارہ کوشش کریں۔", ScreenText.compose(busy));
        // A language the flow does not ship falls back to the flow default (Hindi), then English.
        assertEquals("hi", engine.busy(flow, "mr").language());
        assertEquals("hi", engine.busy(flow, "hi-Latn-XX").language());
    }

    @Test
    void romanVariantFallsBackToItsBaseLanguage() {
        assertEquals(List.of("hi-Latn", "hi", "en"), flow.fallback("hi-Latn"));
        assertEquals(List.of("mr", "hi", "en"), flow.fallback("mr"));
    }

    @Test
    void inputRules() {
        NodeDef pin = flow.definition().node("enter_pin");
        assertEquals("1234", MenuEngine.accept(pin, "1234"));
        assertNull(MenuEngine.accept(pin, "123"));
        assertNull(MenuEngine.accept(pin, "12a4"));
        NodeDef amount = new NodeDef(NodeKind.INPUT, List.of("x"), null, null, null, null, "t", InputKind.AMOUNT,
                null, null, 10L, 50_000L, "amt", null, false, false, null, null, null);
        assertEquals("250000", MenuEngine.accept(amount, "2500"), "rupees become paise");
        assertNull(MenuEngine.accept(amount, "5"));
        assertNull(MenuEngine.accept(amount, "50001"));
    }

    @Test
    void endedSessionsStayEnded() throws Exception {
        FixtureBooks books = books(true);
        MenuEngine engine = new MenuEngine(books);
        Step unknown = engine.start(flow, Caller.byNetwork("+910000000000", List.of()), NOW);
        assertTrue(unknown.output().end());
        Step again = hop(engine, unknown, "1");
        assertTrue(again.output().end());
        assertEquals(ScreenText.compose(unknown.output()), ScreenText.compose(again.output()));
    }
}
