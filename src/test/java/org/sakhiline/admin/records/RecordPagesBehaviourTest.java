package org.sakhiline.admin.records;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.books.org.Country;
import org.sakhiline.books.org.NewOrgUnit;
import org.sakhiline.books.org.OrgLevel;
import org.sakhiline.books.org.OrgUnitService;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.books.posting.PostingContext;
import org.sakhiline.books.posting.RequestDigest;
import org.sakhiline.books.savings.SavingsService;
import org.sakhiline.messaging.Outbox;
import org.sakhiline.messaging.OutgoingMessage;
import org.sakhiline.messaging.ProviderReadiness;
import org.sakhiline.reminders.ReminderChannel;
import org.sakhiline.reminders.ReminderKind;
import org.sakhiline.reminders.ReminderRuleRequest;
import org.sakhiline.reminders.ReminderRuleService;
import org.sakhiline.testing.ConsoleAuth;
import org.sakhiline.testing.ScopedBooks;

/**
 * What issue 19 added to the record pages, as a browser's requests see it: outbox filters as bookmarkable GET
 * parameters with counts per status, member and group on each row, the no-provider banner, paged and dated
 * savings entries, console reversals labelled CONSOLE (and the migration that relabels old ones), reminder
 * rules listed federation first with a sending-hours sentence that says what the timing code does.
 */
@QuarkusTest
class RecordPagesBehaviourTest {

    @Inject
    ScopedBooks books;
    @Inject
    Outbox outbox;
    @Inject
    SavingsService savings;
    @Inject
    OrgUnitService orgUnits;
    @Inject
    ReminderRuleService rules;
    @Inject
    EntityManager em;

    ScopedBooks.Branch mine;
    ScopedBooks.Branch other;
    ConsoleAuth.Session staff;
    ConsoleAuth.Session admin;

    @BeforeEach
    void twoBranches() {
        mine = books.create();
        other = books.create();
        staff = ConsoleAuth.signIn(mine.staffUser(), ScopedBooks.STAFF_PASSWORD);
        admin = ConsoleAuth.signInAsAdmin();
    }

    private Document page(ConsoleAuth.Session who, String path) {
        return Jsoup.parse(who.given().get(path).then().statusCode(200).extract().asString());
    }

    private long enqueue(OutgoingMessage m) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(m));
    }

    private void createdOn(long messageId, String instant) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE outbox_message SET created_at = ?1 WHERE id = ?2")
                .setParameter(1, java.time.LocalDateTime.ofInstant(java.time.Instant.parse(instant), java.time.ZoneOffset.UTC)).setParameter(2, messageId)
                .executeUpdate());
    }

    @Test
    void outboxFiltersAreBookmarkableAndCountEachStatusWithinThem() {
        long call = enqueue(OutgoingMessage.voice(mine.phone(), "Kal baithak hai"));
        long oldSms = enqueue(OutgoingMessage.sms(mine.phone(), "Purana sandesh"));
        createdOn(oldSms, "2026-01-10T20:00:00Z");   // 11 Jan 01:30 IST
        long elsewhere = enqueue(OutgoingMessage.sms(other.phone(), "Doosra samooh"));

        Document calls = page(admin, "/admin/outbox?channel=voice&group=" + mine.shgCode());
        assertEquals(1, calls.select("#outbox tbody tr").size(), calls.select("#outbox").text());
        assertTrue(calls.select("#message-" + call).text().contains(mine.memberName()), "member name on the row");
        assertTrue(calls.select("#message-" + call + " a[href=/admin/org-units/" + mine.shgId() + "]").hasText(), "group link");
        assertEquals("(1)", calls.select("#count-PENDING .num").text());
        assertEquals("(0)", calls.select("#count-FAILED .num").text());

        Document group = page(admin, "/admin/outbox?group=" + mine.voCode());   // a VO: its groups below it
        assertEquals(List.of("message-" + oldSms, "message-" + call, "message-" + mine.failedMessageId()).stream().sorted().toList(),
                group.select("#outbox tbody tr").eachAttr("id").stream().sorted().toList());
        assertEquals("(2)", group.select("#count-PENDING .num").text());
        assertEquals("(1)", group.select("#count-FAILED .num").text());
        assertTrue(group.select("#count-FAILED").attr("href").contains("status=failed&group=" + mine.voCode()),
                "a status link keeps the other filters: " + group.select("#count-FAILED").attr("href"));

        // Days are the reader's local days: 01:30 IST on 11 January is the 11th, not the 10th (UTC).
        Document day = page(admin, "/admin/outbox?group=" + mine.shgCode() + "&from=2026-01-11&to=2026-01-11");
        assertEquals(List.of("message-" + oldSms), day.select("#outbox tbody tr").eachAttr("id"));
        assertTrue(day.select("#message-" + oldSms).text().contains("11 Jan 2026, 01:30 IST"), day.select("#message-" + oldSms).text());
        assertEquals(0, page(admin, "/admin/outbox?group=" + mine.shgCode() + "&from=2026-01-10&to=2026-01-10")
                .select("#outbox tbody tr").size());

        // A staff member's filters stay inside her part of the federation.
        staff.given().get("/admin/outbox?group=" + other.shgCode()).then().statusCode(403);
        Document hers = page(staff, "/admin/outbox?status=pending");
        assertTrue(hers.select("#message-" + elsewhere).isEmpty(), "another branch's message is not listed");
        assertTrue(!hers.select("#message-" + call).isEmpty());
        // "1 try" / "3 tries"
        assertTrue(page(staff, "/admin/outbox?status=failed").select("#message-" + mine.failedMessageId()).text()
                .contains("3 tries"));
    }

    @Test
    void outboxPagesKeepTheirFilters() {
        String phone = mine.phone();
        for (int i = 0; i < OutboxRecords.PAGE_SIZE + 3; i++) {
            enqueue(OutgoingMessage.sms(phone, "Sandesh " + i));
        }
        String first = "/admin/outbox?status=pending&channel=sms&group=" + mine.shgCode();
        Document one = page(staff, first);
        assertEquals(OutboxRecords.PAGE_SIZE, one.select("#outbox tbody tr").size());
        String next = one.select("a[rel=next]").attr("href");
        assertEquals("/admin/outbox?status=pending&channel=sms&group=" + mine.shgCode() + "&page=1", next);
        assertEquals(3, page(staff, next).select("#outbox tbody tr").size());
    }

    @Test
    void bannerWhenNoProviderCanSend() {
        QuarkusMock.installMockForType(new ProviderReadiness(() -> false, () -> true), ProviderReadiness.class);
        Document none = page(staff, "/admin/outbox");
        assertTrue(none.select("#provider-banner").text().contains("No SMS provider is configured"), none.select("main").text());
        assertTrue(!none.select("#provider-banner").text().contains("voice"));

        QuarkusMock.installMockForType(new ProviderReadiness(() -> true, () -> false), ProviderReadiness.class);
        assertTrue(page(staff, "/admin/outbox").select("#provider-banner").text().contains("No voice provider"));

        QuarkusMock.installMockForType(new ProviderReadiness(() -> true, () -> true), ProviderReadiness.class);
        staff.given().get("/admin/outbox").then().statusCode(200).body(not(containsString("provider-banner")));
    }

    @Test
    void memberEntriesArePagedAndNarrowedByDate() {
        LocalDate day = LocalDate.of(2026, 2, 4);
        for (int i = 0; i < MemberRecords.ENTRIES_PAGE + 4; i++) {
            savings.deposit(mine.memberId(), 100_00L, PostingContext.of("entries-" + UUID.randomUUID(), Channel.BOOKKEEPER,
                    "member:" + mine.memberId(), day.plusWeeks(i)));
        }
        String path = "/admin/members/" + mine.memberId();
        Document latest = page(staff, path);
        assertEquals(MemberRecords.ENTRIES_PAGE, latest.select("#savings tbody tr").size());
        assertTrue(latest.select("#entries-shown").text().contains("of " + (MemberRecords.ENTRIES_PAGE + 5)));
        Document older = page(staff, latest.select("a[rel=next]").attr("href"));
        assertEquals(5, older.select("#savings tbody tr").size());
        assertTrue(!older.select("#txn-" + mine.depositTxnId()).isEmpty(), "the oldest entry is on the last page");

        Document feb = page(staff, path + "?from=2026-02-01&to=2026-02-28");
        assertEquals(4, feb.select("#savings tbody tr").size(), feb.select("#savings").text());
        assertEquals("2026-02-01", feb.select("#entry-range input[name=from]").val());
        assertEquals(0, page(staff, path + "?from=2025-01-01&to=2025-12-31").select("#savings tbody tr").size());
        // A date that does not parse is dropped, not an error page.
        assertEquals(MemberRecords.ENTRIES_PAGE, page(staff, path + "?from=yesterday").select("#savings tbody tr").size());
    }

    @Test
    void aConsoleReversalIsRecordedAsConsole() {
        String key = "console-reversal:" + mine.depositTxnId() + ":" + UUID.randomUUID();
        String csrf = staff.csrfFrom("/admin/members/" + mine.memberId());
        staff.given().formParam("csrf", csrf).formParam("reason", "entered twice at the meeting")
                .formParam("idempotencyKey", key)
                .post("/admin/members/" + mine.memberId() + "/savings/" + mine.depositTxnId() + "/reversal")
                .then().statusCode(303);
        assertEquals("CONSOLE", em.createNativeQuery("SELECT channel FROM savings_txn WHERE reverses_txn_id = ?1")
                .setParameter(1, mine.depositTxnId()).getSingleResult());
    }

    @Test
    void theMigrationRelabelsOnlyOldConsoleReversalsAndIsSafeToRunAgain() throws IOException {
        LocalDate day = LocalDate.of(2026, 1, 7);
        // Made on the member page before the fix: raw form key, channel API, with the console's audit entry.
        long oldConsole = QuarkusTransaction.requiringNew().call(() -> {
            long id = savings.reverse(mine.depositTxnId(), new PostingContext("console-reversal:" + mine.depositTxnId() + ":"
                    + UUID.randomUUID(), Channel.API, "console:admin", day, null, "entered twice")).txnId();
            em.createNativeQuery("INSERT INTO audit_event (actor, action, entity_type, entity_id, org_unit_id, summary)"
                    + " VALUES ('admin', 'savings.reverse', 'savingsTxn', ?1, ?2, 'Reversed')")
                    .setParameter(1, Long.toString(mine.depositTxnId())).setParameter(2, mine.shgId()).executeUpdate();
            return id;
        });
        // Made through the REST API, with a key that happens to look like the form's: no console audit entry, stays API.
        long api = QuarkusTransaction.requiringNew().call(() -> savings.reverse(other.depositTxnId(),
                PostingContext.forConsoleUser("admin", Channel.API, "console-reversal:" + other.depositTxnId() + ":x",
                        RequestDigest.of("api", "reversal"), day, null, "api client")).txnId());
        Object[] before = amounts(oldConsole);

        String sql = migration("db/migration/V130__relabel_console_reversal_channel.sql");
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).executeUpdate()));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).executeUpdate()));

        assertEquals("CONSOLE", channelOf(oldConsole));
        assertEquals("API", channelOf(api));
        assertEquals(List.of(before), List.of(amounts(oldConsole)), "amounts, dates, keys and actor untouched");
    }

    private String channelOf(long txnId) {
        return (String) em.createNativeQuery("SELECT channel FROM savings_txn WHERE id = ?1").setParameter(1, txnId)
                .getSingleResult();
    }

    private Object[] amounts(long txnId) {
        return (Object[]) em.createNativeQuery("SELECT amount_paise, balance_after_paise, value_date, reverses_txn_id, actor,"
                + " idempotency_key, note FROM savings_txn WHERE id = ?1").setParameter(1, txnId).getSingleResult();
    }

    private static String migration(String resource) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip()
                    .replaceAll(";$", "");
        }
    }

    @Test
    void rulesAreListedFederationFirstAndTheFormSaysWhatQuietHoursDo() {
        long vo = mine.voId();
        long voRule = rules.create(new ReminderRuleRequest(vo, ReminderKind.LOAN_OVERDUE, 3, java.time.LocalTime.of(10, 0), 7, 2,
                ReminderChannel.SMS, null, null, true)).id();
        String clf = org.sakhiline.testing.BooksFixtures.unique("CLF");
        long top = orgUnits.create(new NewOrgUnit(null, OrgLevel.CLF, Country.IN, clf, "A federation", null, null, null, null,
                null)).id();
        long clfRule = rules.create(new ReminderRuleRequest(top, ReminderKind.MEETING, 1, java.time.LocalTime.of(18, 0), null, null,
                ReminderChannel.SMS, null, null, true)).id();
        List<String> order = page(admin, "/admin/reminder-rules").select("#rules tbody tr").eachAttr("id");
        assertTrue(order.indexOf("rule-" + clfRule) < order.indexOf("rule-" + voRule), order.toString());
        assertTrue(order.indexOf("rule-" + voRule) < order.indexOf("rule-" + mine.ruleId()), order.toString());

        // 21:00 with sending hours 08:00–20:00: the reminders hold it until 08:00 the next morning.
        String csrf = admin.csrfFrom("/admin/reminder-rules/" + mine.ruleId() + "/edit");
        Document refused = Jsoup.parse(admin.given().formParam("csrf", csrf).formParam("orgUnitCode", mine.shgCode())
                .formParam("kind", "MEETING").formParam("daysOffset", "x").formParam("sendAt", "21:00")
                .formParam("channel", "SMS").formParam("windowStart", "08:00").formParam("windowEnd", "20:00")
                .post("/admin/reminder-rules/" + mine.ruleId()).then().statusCode(400).extract().asString());
        assertEquals("Sending hours: reminders go out only between", refused.select("#sending-hours legend").text());
        assertEquals("With these times, a reminder set for 21:00 is in the quiet hours: it goes out at 08:00 the next morning.",
                refused.select("#quiet-hours-example").text());
        assertEquals("With these times, a reminder set for 18:00 goes out at 18:00.",
                page(admin, "/admin/reminder-rules/" + mine.ruleId() + "/edit").select("#quiet-hours-example").text());
    }
}
