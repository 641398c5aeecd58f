package org.sakhiline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sakhiline.books.pins.OneTimeCodeRule;
import org.sakhiline.books.pins.PinCheck;
import org.sakhiline.books.pins.PinEntry;
import org.sakhiline.books.pins.PinLockout;
import org.sakhiline.menu.CallerMember;
import org.sakhiline.menu.Effect;
import org.sakhiline.menu.MenuBooks;
import org.sakhiline.support.i18n.Languages;

/**
 * A {@link MenuBooks} over a fixture of members: phones, balances, dues, meetings, transactions and PINs,
 * judged by the books' own lockout rule ({@link PinLockout}). A test applies each step's effects with
 * {@link #apply}, as a channel writes them, so later steps see a saved PIN, a counted wrong try or a new
 * language. {@link #shared()} reads the one fixture every flow case and SMS case uses.
 */
public final class FixtureBooks implements MenuBooks {

    /** The one-time code the fixture "sends" (a channel's books make a random one). */
    public static final String SENT_CODE = "246810";

    /** The members every case file under menus/ refers to by phone. */
    public static final Path SHARED = Path.of("menus/fixtures/members.yaml");

    private static final Set<String> MEMBER_FIELDS = Set.of("id", "name", "nameNative", "language", "script", "phones",
            "pin", "lockedUntil", "pinHeld", "balance", "loan", "meeting", "transactions", "role", "group");
    private static final Set<String> LOAN_FIELDS = Set.of("due", "dueDate", "overdue", "id", "left");
    private static final Set<String> MEETING_FIELDS = Set.of("date", "time", "place", "zone");
    private static final Set<String> TXN_FIELDS = Set.of("date", "amount");
    private static volatile JsonNode sharedMembers;
    private static volatile JsonNode sharedMeetings;

    private final Map<Long, JsonNode> members = new LinkedHashMap<>();
    private final Map<Long, String> pins = new HashMap<>();
    /** Lockout counters per member (the hash slot unused: the fixture's PINs are in clear). */
    private final Map<Long, PinLockout.PinState> counters = new HashMap<>();
    /** One-time code rows per member; the code sent is always {@link #SENT_CODE}. */
    private final Map<Long, OneTimeCodeRule.CodeState> codes = new HashMap<>();
    private final Map<Long, String> languageTags = new HashMap<>();
    private final FixtureSheets sheets;

    /**
     * @param fixtureMembers a list of members as in the shared fixture (after its defaults are merged)
     * @throws IllegalArgumentException naming the member and field when one is unknown, missing or repeated
     */
    public FixtureBooks(JsonNode fixtureMembers) {
        this(fixtureMembers, JsonNodeFactory.instance.arrayNode());
    }

    /**
     * @param fixtureMembers as above
     * @param fixtureMeetings the groups' meetings and sheets (the shared fixture's {@code meetings:})
     */
    public FixtureBooks(JsonNode fixtureMembers, JsonNode fixtureMeetings) {
        for (JsonNode m : fixtureMembers) {
            String problem = problem(m);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            long id = m.get("id").asLong();
            if (members.put(id, m) != null) {
                throw new IllegalArgumentException("member " + id + " appears twice");
            }
            if (m.hasNonNull("pin")) {
                pins.put(id, m.get("pin").asText());
            }
            if (m.hasNonNull("lockedUntil")) {
                counters.put(id, new PinLockout.PinState(null, PinLockout.MAX_TRIES, Instant.parse(m.get("lockedUntil").asText())));
            }
            if (m.path("pinHeld").asBoolean(false)) {
                counters.put(id, new PinLockout.PinState(null, PinLockout.MAX_TRIES, null, PinLockout.LOCK_STEPS.size() + 1,
                        true, null, 0));
            }
            languageTags.put(id, Languages.tag(m.get("language").asText(), "ROMAN".equals(m.path("script").asText("NATIVE"))));
        }
        this.sheets = new FixtureSheets(members, fixtureMeetings);
    }

    /** Fresh books (no effects applied) over {@link #SHARED}, read and checked once per test run. */
    public static FixtureBooks shared() {
        JsonNode loaded = sharedMembers;
        if (loaded == null) {
            JsonNode[] read = readShared();
            sharedMeetings = read[1];
            sharedMembers = read[0];
            loaded = read[0];
        }
        return new FixtureBooks(loaded, sharedMeetings);
    }

    /** The members (defaults merged) and the meetings. */
    private static JsonNode[] readShared() {
        try {
            JsonNode doc = new YAMLMapper().readTree(Files.readString(SHARED, StandardCharsets.UTF_8));
            for (Iterator<String> it = doc.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!key.equals("defaults") && !key.equals("members") && !key.equals("meetings")) {
                    throw new IllegalArgumentException("unknown field '" + key + "' (expected defaults, members, meetings)");
                }
            }
            ObjectNode defaults = doc.path("defaults").isObject() ? (ObjectNode) doc.get("defaults") : JsonNodeFactory.instance.objectNode();
            ArrayNode merged = JsonNodeFactory.instance.arrayNode();
            doc.path("members").forEach(m -> merged.add(withDefaults(defaults, (ObjectNode) m)));
            // Constructing checks every member once, so a broken fixture fails with its own name, not a case's.
            JsonNode meetings = doc.path("meetings").isArray() ? doc.get("meetings") : JsonNodeFactory.instance.arrayNode();
            new FixtureBooks(merged, meetings);
            return new JsonNode[] {merged, meetings};
        } catch (IOException e) {
            throw new UncheckedIOException(SHARED + ": cannot read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(SHARED + ": " + e.getMessage(), e);
        }
    }

    /** Her own values over the defaults: maps (loan, meeting) key by key, anything else whole; null removes. */
    private static ObjectNode withDefaults(ObjectNode defaults, ObjectNode member) {
        ObjectNode out = defaults.deepCopy();
        member.fields().forEachRemaining(f -> {
            JsonNode given = f.getValue();
            if (given.isObject() && out.path(f.getKey()).isObject()) {
                ObjectNode map = (ObjectNode) out.get(f.getKey());
                given.fields().forEachRemaining(g -> map.set(g.getKey(), g.getValue()));
            } else {
                out.set(f.getKey(), given);
            }
        });
        return out;
    }

    /** What is wrong with one member's entry, or null. */
    private static String problem(JsonNode m) {
        String who = "member " + m.path("id").asText("without id");
        if (!m.hasNonNull("id") || !m.hasNonNull("name") || !m.hasNonNull("language") || !m.path("phones").isArray()) {
            return who + ": id, name, language and phones are required";
        }
        String unknown = unknownField(m, MEMBER_FIELDS);
        if (unknown == null && m.path("loan").isObject()) {
            unknown = unknownField(m.get("loan"), LOAN_FIELDS);
        }
        if (unknown == null && m.path("meeting").isObject()) {
            unknown = unknownField(m.get("meeting"), MEETING_FIELDS);
        }
        for (JsonNode t : m.path("transactions")) {
            unknown = unknown == null ? unknownField(t, TXN_FIELDS) : unknown;
        }
        return unknown == null ? null : who + ": unknown field '" + unknown + "'";
    }

    static String unknownField(JsonNode node, Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                return key;
            }
        }
        return null;
    }

    private JsonNode member(long id) {
        JsonNode m = members.get(id);
        if (m == null) {
            throw new IllegalArgumentException("no member " + id + " in fixture");
        }
        return m;
    }

    @Override
    public List<CallerMember> membersForPhone(String phone) {
        List<CallerMember> found = new ArrayList<>();
        members.forEach((id, m) -> {
            for (JsonNode p : m.path("phones")) {
                if (p.asText().equals(phone)) {
                    String tag = languageTags.get(id);
                    found.add(new CallerMember(id, m.path("name").asText(), m.path("nameNative").asText(null),
                            Languages.base(tag), Languages.roman(tag), pins.containsKey(id), m.path("role").asText(null)));
                }
            }
        });
        return found;
    }

    @Override
    public long balancePaise(long memberId) {
        return member(memberId).path("balance").asLong();
    }

    @Override
    public Optional<LoanDuesView> loanDues(long memberId, Instant now) {
        JsonNode loan = member(memberId).path("loan");
        if (loan.isMissingNode() || loan.isNull()) {
            return Optional.empty();
        }
        LocalDate due = loan.hasNonNull("dueDate") ? LocalDate.parse(loan.get("dueDate").asText()) : null;
        return Optional.of(new LoanDuesView(loan.path("due").asLong(), due, loan.path("overdue").asLong()));
    }

    @Override
    public Optional<MeetingView> nextMeeting(long memberId, Instant now) {
        JsonNode m = member(memberId).path("meeting");
        if (m.isMissingNode() || m.isNull()) {
            return Optional.empty();
        }
        return Optional.of(new MeetingView(LocalDate.parse(m.get("date").asText()), LocalTime.parse(m.get("time").asText()),
                m.path("place").asText(), ZoneId.of(m.path("zone").asText("Asia/Kolkata"))));
    }

    @Override
    public List<TxnView> lastTransactions(long memberId, int n) {
        List<TxnView> txns = new ArrayList<>();
        for (JsonNode t : member(memberId).path("transactions")) {
            long amount = t.path("amount").asLong();
            txns.add(new TxnView(LocalDate.parse(t.get("date").asText()), amount, amount >= 0 ? "DEPOSIT" : "WITHDRAWAL"));
        }
        return txns.subList(0, Math.min(n, txns.size()));
    }

    @Override
    public PinJudgement judgePin(long memberId, String pin, Instant now) {
        // The books' own lockout rule, over the fixture's PINs kept in clear.
        PinLockout.PinState c = counters.getOrDefault(memberId, new PinLockout.PinState(null, 0, null));
        PinLockout.PinState state = new PinLockout.PinState(pins.get(memberId), c.failedAttempts(), c.lockedUntil(),
                c.lockLevel(), c.held(), c.windowStart(), c.windowWrong());
        PinEntry entry = PinLockout.judge(state, pin != null && pin.equals(pins.get(memberId)), now);
        PinCheck check = entry.check();
        PinVerdict verdict = switch (check.outcome()) {
            case OK -> new PinVerdict.Ok();
            case WRONG -> new PinVerdict.Wrong(check.remainingTries());
            case LOCKED -> check.held() ? new PinVerdict.Held() : new PinVerdict.Locked(check.lockedUntil());
            case NOT_SET -> new PinVerdict.NotSet();
        };
        PinLockout.PinState a = entry.after();
        return new PinJudgement(verdict, entry.changesCounters(), new PinCounters(a.failedAttempts(), a.lockedUntil(),
                a.lockLevel(), a.held(), a.windowStart(), a.windowWrong()));
    }

    @Override
    public Optional<Instant> pinCodeRefusedUntil(long memberId, Instant now) {
        return OneTimeCodeRule.sendRefusedUntil(codes.getOrDefault(memberId, OneTimeCodeRule.CodeState.NONE), now);
    }

    @Override
    public PinCodeJudgement judgePinCode(long memberId, String code, Instant now) {
        OneTimeCodeRule.CodeState s = codes.getOrDefault(memberId, OneTimeCodeRule.CodeState.NONE);
        OneTimeCodeRule.CodeEntry e = OneTimeCodeRule.judge(s, s.hash() != null && s.hash().equals(code), now);
        return new PinCodeJudgement(PinCodeVerdict.valueOf(e.outcome().name()), e.remainingTries(), e.changes(),
                e.after().failedAttempts(), e.after().hash() == null);
    }

    @Override
    public List<RecordableMeetingView> recordableMeetings(long memberId, Instant now) {
        return sheets.recordable(memberId, now);
    }

    @Override
    public Optional<SheetScreenView> meetingSheet(long memberId, long meetingId, Instant now) {
        return sheets.sheet(memberId, meetingId);
    }

    @Override
    public long sheetEntryLimitPaise() {
        return FixtureSheets.ENTRY_LIMIT_PAISE;
    }

    @Override
    public List<WaitingSheetView> sheetsWaitingForConfirmation(long memberId) {
        return sheets.waiting(memberId);
    }

    @Override
    public boolean madeSheet(long sheetId, long memberId) {
        return sheets.madeBy(sheetId, memberId);
    }

    /** Applies effects as a channel writes them to the books (see MenuEffectWriter). */
    public void apply(List<Effect> effects) {
        for (Effect effect : effects) {
            sheets.apply(effect);
            if (effect instanceof Effect.SetPin set) {
                pins.put(set.memberId(), set.pin());
                counters.remove(set.memberId());
            } else if (effect instanceof Effect.SetLanguage language) {
                languageTags.put(language.memberId(), language.languageTag());
            } else if (effect instanceof Effect.RecordPinEntry entry) {
                PinCounters a = entry.after();
                counters.put(entry.memberId(), new PinLockout.PinState(null, a.failedAttempts(), a.lockedUntil(), a.lockLevel(),
                        a.held(), a.windowStart(), a.windowWrong()));
            } else if (effect instanceof Effect.SendPinCode send) {
                // the fixture keeps the code "hashed" as itself
                codes.put(send.memberId(), OneTimeCodeRule.afterSend(codes.getOrDefault(send.memberId(),
                        OneTimeCodeRule.CodeState.NONE), SENT_CODE, send.at()));
            } else if (effect instanceof Effect.RecordPinCodeEntry entry) {
                OneTimeCodeRule.CodeState s = codes.get(entry.memberId());
                codes.put(entry.memberId(), new OneTimeCodeRule.CodeState(entry.spent() ? null : s.hash(),
                        entry.spent() ? null : s.expiresAt(), entry.failedAttempts(), s.windowStart(), s.sendsInWindow()));
            }
        }
    }

    /** Her PIN as the books hold it now (in clear: this is a fixture). */
    public String pin(long memberId) {
        return pins.get(memberId);
    }
}
