package org.sakhiline.admin.flows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.channel.ussd.UssdTestMembers;
import org.sakhiline.menu.FlowDefinition;
import org.sakhiline.menu.FlowVersion;
import org.sakhiline.menu.store.FlowStore;
import org.sakhiline.testing.Browser;
import org.sakhiline.testing.ConsolePageChecks;

/**
 * Issue 19 for the menu pages and the simulator: each page at 390 and 1366 px in English, Hindi and Urdu with no
 * sideways scroll, no raw code or id, times with their zone and no serious accessibility finding — with a draft
 * that has a problem, an older version to roll back to, and a simulator session on screen.
 */
@QuarkusTest
class FlowPagesBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Inject
    ConsoleFlows flows;
    @Inject
    FlowStore store;
    @Inject
    FlowDrafts drafts;
    @Inject
    UssdTestMembers members;

    FlowDefinition original;

    @BeforeEach
    void noDraftYet() {
        original = flows.begin();
    }

    @AfterEach
    void putMainBack() {
        flows.restore(original);
    }

    @Test
    void theMenuPagesAndTheSimulatorReadWellInEveryLanguageAndWidth() {
        FlowVersion older = store.current("main");
        FlowDefinition d = older.definition();
        Map<String, Map<String, String>> texts = new LinkedHashMap<>(d.texts());
        Map<String, String> en = new LinkedHashMap<>(texts.get("en"));
        en.put("opt_balance", "Savings (plainer wording)");
        texts.put("en", en);
        QuarkusTransaction.requiringNew().run(() -> store.append(new FlowDefinition(d.key(), d.defaultLanguage(), d.languages(),
                d.start(), d.home(), d.pinGate(), d.nodes(), texts, d.source()), "admin", "Plainer English savings label"));
        store.forget("main");
        FlowVersion current = store.current("main");
        drafts.start("main", current.id(), "admin");
        FlowFiles tooLong = flows.mainWith("ur", "opt_balance", "اپنی بچت کا پورا حساب اور پچھلے مہینے کی جمع رقم یہاں سنیں");
        drafts.save("main", tooLong, 1, "admin");

        String phone = UssdTestMembers.phone();
        members.member(members.shg(), "Sunita Devi", "सुनीता देवी", "hi", ScriptVariant.NATIVE, "1234", phone);
        browser.signInAsAdmin();
        browser.open("/admin/simulator?channel=ussd");
        browser.type("phone", phone);
        browser.clickAndWaitForPage("dial");
        String simulator = browser.currentPath();

        ConsolePageChecks.walk(browser, List.of(
                "/admin/flows",
                "/admin/flows/main/draft?saved=1",
                "/admin/flows/main/draft/preview",
                "/admin/flows/main/diff?to=draft",
                "/admin/flows/main/versions/" + current.id(),
                "/admin/flows/main/versions/" + older.id() + "/rollback",
                simulator,
                "/admin/simulator?channel=sms",
                "/admin/simulator?channel=voice"), "flows");
    }
}
