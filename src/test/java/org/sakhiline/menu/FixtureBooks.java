package org.sakhiline.menu;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
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

/**
 * A {@link MenuBooks} over a flow-case fixture: members with phones, balances, dues, meetings,
 * transactions and PINs. PINs lock after 3 wrong tries for 30 minutes, as the ledger is specified to.
 */
final class FixtureBooks implements MenuBooks {

    static final int MAX_TRIES = 3;
    static final Duration LOCK = Duration.ofMinutes(30);

    private final Map<Long, JsonNode> members = new LinkedHashMap<>();
    private final Map<Long, String> pins = new HashMap<>();
    private final Map<Long, Integer> failures = new HashMap<>();
    private final Map<Long, Instant> lockedUntil = new HashMap<>();
    final Map<Long, String> languages = new HashMap<>();
    final List<String> commands = new ArrayList<>();

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
                            m.path("language").asText("hi"), Script.valueOf(m.path("script").asText("NATIVE")), pins.containsKey(id)));
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
    public PinCheck verifyPin(long memberId, String pin, Instant now) {
        Instant until = lockedUntil.get(memberId);
        if (until != null && now.isBefore(until)) {
            return new PinCheck.Locked(until);
        }
        String expected = pins.get(memberId);
        if (expected == null) {
            return new PinCheck.NotSet();
        }
        if (expected.equals(pin)) {
            failures.remove(memberId);
            lockedUntil.remove(memberId);
            return new PinCheck.Ok();
        }
        int failed = failures.merge(memberId, 1, Integer::sum);
        if (failed >= MAX_TRIES) {
            failures.remove(memberId);
            lockedUntil.put(memberId, now.plus(LOCK));
            return new PinCheck.Locked(now.plus(LOCK));
        }
        return new PinCheck.Wrong(MAX_TRIES - failed);
    }

    @Override
    public void setPin(long memberId, String pin) {
        pins.put(memberId, pin);
        failures.remove(memberId);
        lockedUntil.remove(memberId);
        commands.add("setPin " + memberId);
    }

    @Override
    public void setLanguage(long memberId, String lang, Script script) {
        languages.put(memberId, lang + "/" + script);
        commands.add("setLanguage " + memberId + " " + lang + " " + script);
    }

    String pin(long memberId) {
        return pins.get(memberId);
    }
}
