package org.sakhiline.menu;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sakhiline.books.pins.PinCheck;
import org.sakhiline.books.pins.PinEntry;
import org.sakhiline.books.pins.PinLockout;

/**
 * A {@link MenuBooks} over a flow-case fixture: members with phones, balances, dues, meetings,
 * transactions and PINs, judged by the books' own lockout rule ({@link PinLockout}). A test applies each
 * step's effects with {@link #apply}, as a channel writes them.
 */
final class FixtureBooks implements MenuBooks {

    private final Map<Long, JsonNode> members = new LinkedHashMap<>();
    private final Map<Long, String> pins = new HashMap<>();
    private final Map<Long, Integer> failures = new HashMap<>();
    private final Map<Long, Instant> lockedUntil = new HashMap<>();
    final Map<Long, String> languages = new HashMap<>();
    /** Every effect applied so far, described. */
    final List<String> applied = new ArrayList<>();

    FixtureBooks(JsonNode fixtureMembers) {
        for (JsonNode m : fixtureMembers) {
            long id = m.path("id").asLong();
            members.put(id, m);
            if (m.hasNonNull("pin")) {
                pins.put(id, m.get("pin").asText());
            }
            if (m.hasNonNull("lockedUntil")) {
                lockedUntil.put(id, Instant.parse(m.get("lockedUntil").asText()));
            }
        }
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
                    found.add(new CallerMember(id, m.path("name").asText(), m.path("nameNative").asText(null),
                            m.path("language").asText("hi"), "ROMAN".equals(m.path("script").asText("NATIVE")),
                            pins.containsKey(id)));
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
        PinEntry entry = PinLockout.judge(new PinLockout.PinState(pins.get(memberId), failures.getOrDefault(memberId, 0),
                lockedUntil.get(memberId)), pin != null && pin.equals(pins.get(memberId)), now);
        PinCheck check = entry.check();
        PinVerdict verdict = switch (check.outcome()) {
            case OK -> new PinVerdict.Ok();
            case WRONG -> new PinVerdict.Wrong(check.remainingTries());
            case LOCKED -> new PinVerdict.Locked(check.lockedUntil());
            case NOT_SET -> new PinVerdict.NotSet();
        };
        return new PinJudgement(verdict, entry.changesCounters(), entry.failedAttempts(), entry.lockedUntil());
    }

    /** Applies a step's effects as a channel writes them to the books, and remembers their descriptions. */
    void apply(List<Effect> effects) {
        for (Effect effect : effects) {
            if (effect instanceof Effect.SetPin set) {
                pins.put(set.memberId(), set.pin());
                failures.remove(set.memberId());
                lockedUntil.remove(set.memberId());
            } else if (effect instanceof Effect.SetLanguage language) {
                languages.put(language.memberId(), language.languageTag());
            } else if (effect instanceof Effect.RecordPinEntry entry) {
                failures.put(entry.memberId(), entry.failedAttempts());
                if (entry.lockedUntil() == null) {
                    lockedUntil.remove(entry.memberId());
                } else {
                    lockedUntil.put(entry.memberId(), entry.lockedUntil());
                }
            }
            applied.add(effect.describe());
        }
    }

    String pin(long memberId) {
        return pins.get(memberId);
    }
}
