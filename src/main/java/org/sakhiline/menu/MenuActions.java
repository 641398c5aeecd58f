package org.sakhiline.menu;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actions flows can call. Each reads the books only through {@link MenuBooks}; an action that changes
 * them emits an {@link Effect} instead of writing (a command, so "0" never re-runs it).
 * Value names are global: one name has one type in every action, so a stored session can be rendered
 * again without knowing which action produced a value.
 */
public final class MenuActions {

    public static final String CHOICE = "choice";
    /** Most members a shared phone can list: options are single digits. */
    public static final int MAX_CANDIDATES = 9;
    public static final int NAME_LENGTH = 16;
    public static final int PLACE_LENGTH = 16;
    public static final int STATEMENT_SIZE = 5;
    /** Member roles an option may be limited to (as the books name them). */
    public static final Set<String> ROLES = Set.of(CallerMember.MEMBER, SheetCheckActions.LEADER, MeetingActions.BOOKKEEPER);

    private static final Map<String, ActionSpec> STANDARD = build();
    private static final Map<String, ValueSpec> VALUES = collectValues(STANDARD);

    private MenuActions() {}

    /** The built-in actions by name. */
    public static Map<String, ActionSpec> standard() {
        return STANDARD;
    }

    /** Every value name any action exposes, with its spec. */
    public static Map<String, ValueSpec> values() {
        return VALUES;
    }

    private static Map<String, ActionSpec> build() {
        List<ActionSpec> all = List.of(
                new ActionSpec("choose_member", Set.of("pin_set", "pin_not_set", "choose", "unknown"),
                        Map.of("members", ValueSpec.list(Map.of("label", ValueSpec.text(NAME_LENGTH)))),
                        Set.of(), true, MenuActions::chooseMember),
                new ActionSpec("savings_balance", Set.of("ok"), Map.of("amount", ValueSpec.of(ValueType.AMOUNT)),
                        Set.of(), false, hop -> new ActionSpec.Result("ok", Map.of("amount", hop.books().balancePaise(hop.memberId())))),
                new ActionSpec("loan_dues", Set.of("ok", "overdue", "clear", "none"),
                        Map.of("due", ValueSpec.of(ValueType.AMOUNT), "due_date", ValueSpec.of(ValueType.DATE),
                                "overdue", ValueSpec.of(ValueType.AMOUNT)),
                        Set.of(), false, MenuActions::loanDues),
                new ActionSpec("next_meeting", Set.of("ok", "none"),
                        Map.of("date", ValueSpec.of(ValueType.DAY_DATE), "time", ValueSpec.of(ValueType.TIME),
                                "place", ValueSpec.text(PLACE_LENGTH)),
                        Set.of(), false, MenuActions::nextMeeting),
                new ActionSpec("mini_statement", Set.of("ok", "none"),
                        Map.of("txns", ValueSpec.list(Map.of("date", ValueSpec.of(ValueType.DATE),
                                "amount", ValueSpec.of(ValueType.SIGNED_AMOUNT)))),
                        Set.of(), false, MenuActions::miniStatement),
                new ActionSpec("change_language", Set.of("ok"), Map.of(), Set.of("lang"), true, MenuActions::changeLanguage),
                new ActionSpec("set_pin", Set.of("ok", "mismatch", "not_allowed"), Map.of(), Set.of("pin1", "pin2"), true,
                        PinActions::setPin),
                new ActionSpec("verify_pin", Set.of("ok", "wrong", "locked", "held", "not_set"),
                        Map.of("tries", ValueSpec.number(1), "minutes", ValueSpec.number(4)),
                        Set.of("pin"), true, PinActions::verifyPin),
                new ActionSpec("first_pin", Set.of("set", "needs_code"), Map.of(), Set.of(), false, PinActions::firstPin),
                new ActionSpec("send_pin_code", Set.of("sent", "limit"), Map.of(), Set.of(), true, PinActions::sendPinCode),
                new ActionSpec("verify_pin_code", Set.of("ok", "wrong", "spent"), Map.of("tries", ValueSpec.number(1)),
                        Set.of("code"), true, PinActions::verifyPinCode));
        Map<String, ActionSpec> byName = new LinkedHashMap<>();
        all.forEach(a -> byName.put(a.name(), a));
        MeetingActions.all().forEach(a -> byName.put(a.name(), a));
        return java.util.Collections.unmodifiableMap(byName);
    }

    private static Map<String, ValueSpec> collectValues(Map<String, ActionSpec> actions) {
        Map<String, ValueSpec> values = new HashMap<>();
        for (ActionSpec a : actions.values()) {
            a.exposes().forEach((name, spec) -> {
                ValueSpec seen = values.putIfAbsent(name, spec);
                if (seen != null && !seen.equals(spec)) {
                    throw new IllegalStateException("value '" + name + "' has two types: " + seen + ", " + spec);
                }
            });
        }
        return Map.copyOf(values);
    }

    /**
     * One member on the phone is chosen at once; several are listed by name until she picks one
     * ({@code choice} is the digit she pressed).
     */
    private static ActionSpec.Result chooseMember(Hop hop) {
        List<CallerMember> candidates = hop.candidates();
        if (candidates.isEmpty()) {
            return ActionSpec.Result.of("unknown");
        }
        CallerMember chosen = null;
        if (candidates.size() == 1) {
            chosen = candidates.get(0);
        } else {
            String choice = hop.input(CHOICE);
            int index = choice == null ? -1 : Integer.parseInt(choice) - 1;
            if (index >= 0 && index < candidates.size()) {
                chosen = candidates.get(index);
            }
        }
        if (chosen == null) {
            List<Map<String, Object>> members = new ArrayList<>();
            candidates.stream().limit(MAX_CANDIDATES).forEach(m -> members.add(Map.of("label", m.displayName())));
            return new ActionSpec.Result("choose", Map.of("members", members));
        }
        hop.chooseMember(chosen);
        hop.forget(CHOICE);
        return ActionSpec.Result.of(chosen.pinSet() ? "pin_set" : "pin_not_set");
    }

    private static ActionSpec.Result loanDues(Hop hop) {
        Optional<MenuBooks.LoanDuesView> dues = hop.books().loanDues(hop.memberId(), hop.now());
        if (dues.isEmpty()) {
            return ActionSpec.Result.of("none");
        }
        MenuBooks.LoanDuesView d = dues.get();
        if (d.duePaise() <= 0 && d.overduePaise() <= 0) {
            return ActionSpec.Result.of("clear");
        }
        // A view with an amount but no date should not happen; today's date is the honest fallback.
        LocalDate dueDate = d.dueDate() != null ? d.dueDate() : LocalDate.ofInstant(hop.now(), ZoneOffset.UTC);
        Map<String, Object> values = Map.of("due", d.duePaise(), "due_date", dueDate.toString(), "overdue", d.overduePaise());
        return new ActionSpec.Result(d.overduePaise() > 0 ? "overdue" : "ok", values);
    }

    private static ActionSpec.Result nextMeeting(Hop hop) {
        return hop.books().nextMeeting(hop.memberId(), hop.now())
                .map(m -> new ActionSpec.Result("ok", Map.<String, Object>of(
                        "date", m.date().toString(),
                        "time", m.time().withSecond(0).withNano(0).toString(),
                        "place", m.place() == null ? "" : m.place())))
                .orElse(ActionSpec.Result.of("none"));
    }

    private static ActionSpec.Result miniStatement(Hop hop) {
        List<MenuBooks.TxnView> txns = hop.books().lastTransactions(hop.memberId(), STATEMENT_SIZE);
        if (txns.isEmpty()) {
            return ActionSpec.Result.of("none");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        txns.stream().limit(STATEMENT_SIZE).forEach(t -> rows.add(Map.of("date", t.date().toString(), "amount", t.amountPaise())));
        return new ActionSpec.Result("ok", Map.of("txns", rows));
    }

    private static ActionSpec.Result changeLanguage(Hop hop) {
        String tag = hop.input("lang");
        if (tag == null || !hop.flow().languages().contains(tag)) {
            throw new IllegalStateException("change_language needs one of the flow's languages, got " + tag);
        }
        hop.emit(new Effect.SetLanguage(hop.memberId(), tag));
        hop.setLanguage(tag);
        hop.forget("lang");
        return ActionSpec.Result.of("ok");
    }
}
