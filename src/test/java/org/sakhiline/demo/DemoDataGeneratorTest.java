package org.sakhiline.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sakhiline.demo.DemoDataGenerator.IdStart;
import org.sakhiline.demo.DemoDataGenerator.Settings;

/** The generator alone, in memory: determinism and what the data set covers. */
class DemoDataGeneratorTest {

    static final LocalDate ANCHOR = LocalDate.of(2025, 6, 2);
    // Tests need no bcrypt: a readable stand-in keeps them fast (the database test checks real bcrypt).
    static final DemoDataGenerator.PinHashFunction FAKE_HASH = (pin, salt) -> "hash:" + pin + ":" + salt[0];

    static Map<DemoTable, List<Object[]>> rows;

    @BeforeAll
    static void generate() {
        rows = new EnumMap<>(DemoTable.class);
        new DemoDataGenerator(new Settings(7, 300, ANCHOR), IdStart.EMPTY, FAKE_HASH)
                .generate((table, values) -> rows.computeIfAbsent(table, t -> new ArrayList<>()).add(values));
    }

    static String digest(long seed, int members) {
        DigestRowSink sink = new DigestRowSink();
        new DemoDataGenerator(new Settings(seed, members, ANCHOR), IdStart.EMPTY, FAKE_HASH).generate(sink);
        return sink.hex();
    }

    static Object col(DemoTable t, Object[] row, String column) {
        return row[t.columns.indexOf(column)];
    }

    static List<Object[]> of(DemoTable t) {
        return rows.getOrDefault(t, List.of());
    }

    @Test
    void sameSeedGivesTheSameRowsAndAnotherSeedDoesNot() {
        assertEquals(digest(7, 300), digest(7, 300));
        assertNotEquals(digest(7, 300), digest(8, 300));
    }

    /**
     * The whole data set for a seed and anchor date, pinned: a change to the generator that is meant to
     * keep its output (a refactoring) must leave these digests alone. Change them only with a change
     * that is meant to give other rows.
     */
    @Test
    void theRowsOfAGivenSeedAndAnchorDateArePinned() {
        org.junit.jupiter.api.Assertions.assertAll(   // every changed digest at once
                () -> assertEquals("79b2b592aba6c1236ecf39458b25305d746020d64025913ce1149e4c5b4d4092", digest(1, 300)),
                () -> assertEquals("11df75134cc0c41bdd8a26dfdf454896027771f15e05c14eb64326c484b080db", digest(7, 1000)),
                // 12,000 members: two federations in India, so the tree's numbering of federations is covered too.
                () -> assertEquals("45f771ec6b5a663b9941146c19f00fd49529b73c70e0861d7e3b5b40e4cf8c46", digest(3, 12_000)));
    }

    @Test
    void coversEveryLanguageWithNativeScriptNamesAndRomanVariants() {
        List<Object[]> members = of(DemoTable.MEMBER);
        assertEquals(300, members.size());
        Map<String, List<Object[]>> byLanguage = members.stream()
                .collect(Collectors.groupingBy(m -> (String) col(DemoTable.MEMBER, m, "language")));
        assertEquals(Set.of("en", "hi", "as", "bn", "mni", "ur", "sd"), byLanguage.keySet());
        for (String roman : List.of("hi", "ur", "sd", "bn")) {
            assertTrue(byLanguage.get(roman).stream().anyMatch(m -> "ROMAN".equals(col(DemoTable.MEMBER, m, "script"))),
                    roman + " has a ROMAN-script member");
        }
        Map<String, Pattern> scripts = Map.of("hi", Pattern.compile("\\p{IsDevanagari}+"),
                "as", Pattern.compile("\\p{IsBengali}+"), "bn", Pattern.compile("\\p{IsBengali}+"),
                "mni", Pattern.compile("\\p{IsBengali}+"), "ur", Pattern.compile("\\p{IsArabic}+"),
                "sd", Pattern.compile("\\p{IsArabic}+"));
        scripts.forEach((language, script) -> {
            for (Object[] m : byLanguage.get(language)) {
                String nativeName = (String) col(DemoTable.MEMBER, m, "name_native");
                assertTrue(nativeName != null && script.matcher(nativeName).find(), language + " native name " + nativeName);
                assertTrue(((String) col(DemoTable.MEMBER, m, "name")).matches("[A-Za-z ]+"));
            }
        });
    }

    @Test
    void groupsHaveUniqueMemberNumbersOneLeaderAndOneBookkeeper() {
        assertTrue(of(DemoTable.SHG_PROFILE).size() >= 20);
        Map<Object, List<Object[]>> byGroup = of(DemoTable.MEMBER).stream()
                .collect(Collectors.groupingBy(m -> col(DemoTable.MEMBER, m, "shg_id")));
        byGroup.forEach((group, members) -> {
            assertEquals(members.size(), members.stream().map(m -> col(DemoTable.MEMBER, m, "member_no")).distinct().count());
            assertEquals(1, members.stream().filter(m -> "LEADER".equals(col(DemoTable.MEMBER, m, "role"))).count());
            assertEquals(1, members.stream().filter(m -> "BOOKKEEPER".equals(col(DemoTable.MEMBER, m, "role"))).count());
        });
        Set<Object> levels = of(DemoTable.ORG_UNIT).stream().map(u -> col(DemoTable.ORG_UNIT, u, "level")).collect(Collectors.toSet());
        assertEquals(Set.of("CLF", "VO", "SHG", "LSO", "CO"), levels);
        Set<Object> frequencies = of(DemoTable.SHG_PROFILE).stream()
                .map(p -> col(DemoTable.SHG_PROFILE, p, "meeting_frequency")).collect(Collectors.toSet());
        assertEquals(Set.of("WEEKLY", "MONTHLY"), frequencies);
    }

    @Test
    void phonesAreE164AndSomeHandsetsServeTwoMembersOfOneHousehold() {
        Map<Long, Object> groupOfMember = new HashMap<>();
        of(DemoTable.MEMBER).forEach(m -> groupOfMember.put((Long) m[0], col(DemoTable.MEMBER, m, "shg_id")));
        Map<String, List<Long>> membersByPhone = new HashMap<>();
        for (Object[] p : of(DemoTable.MEMBER_PHONE)) {
            String phone = (String) col(DemoTable.MEMBER_PHONE, p, "phone_e164");
            assertTrue(phone.matches("\\+9[12][0-9]{10}"), phone);
            membersByPhone.computeIfAbsent(phone, k -> new ArrayList<>()).add((Long) col(DemoTable.MEMBER_PHONE, p, "member_id"));
        }
        List<List<Long>> shared = membersByPhone.values().stream().filter(l -> l.size() > 1).toList();
        assertTrue(shared.size() >= 2, "shared handsets: " + shared.size());
        shared.forEach(l -> {
            assertEquals(2, l.size());
            assertEquals(groupOfMember.get(l.get(0)), groupOfMember.get(l.get(1)));
        });
        assertEquals(2, membersByPhone.get("+919900000004").size());
    }

    @Test
    void fixedDemoMembersAreThereWithTheirPhonesAndPins() {
        // Names repeat in a village (there may be several Sunita Devis): find each by her fixed phone.
        Map<Long, Object[]> byId = new HashMap<>();
        of(DemoTable.MEMBER).forEach(m -> byId.put((Long) m[0], m));
        for (DemoPeople.FixedMember f : DemoPeople.MEMBERS) {
            List<Object[]> onPhone = of(DemoTable.MEMBER_PHONE).stream().filter(p -> f.phone().equals(p[2]))
                    .map(p -> byId.get((Long) p[1])).filter(m -> f.name().equals(col(DemoTable.MEMBER, m, "name"))).toList();
            assertEquals(1, onPhone.size(), f.name());
            Object[] m = onPhone.get(0);
            assertEquals(f.nameNative(), col(DemoTable.MEMBER, m, "name_native"));
            assertEquals(f.language(), col(DemoTable.MEMBER, m, "language"));
            assertEquals(f.script(), col(DemoTable.MEMBER, m, "script"));
            assertEquals(f.pin() == null, col(DemoTable.MEMBER, m, "pin_hash") == null, f.name());
        }
    }

    @Test
    void loansCoverEveryFundSourceMethodAndFrequencyAndSomeAreOverdue() {
        List<Object[]> loans = of(DemoTable.LOAN);
        assertEquals(Set.of("SHG_OWN", "REVOLVING_FUND", "CIF", "BANK"),
                loans.stream().map(l -> col(DemoTable.LOAN, l, "fund_source")).collect(Collectors.toSet()));
        assertEquals(Set.of("FLAT", "DECLINING"),
                loans.stream().map(l -> col(DemoTable.LOAN, l, "charge_method")).collect(Collectors.toSet()));
        assertEquals(Set.of("WEEKLY", "FORTNIGHTLY", "MONTHLY"),
                loans.stream().map(l -> col(DemoTable.LOAN, l, "frequency")).collect(Collectors.toSet()));
        assertTrue(loans.stream().anyMatch(l -> "CLOSED".equals(col(DemoTable.LOAN, l, "status"))));
        Map<Long, Integer> grace = new HashMap<>();
        loans.forEach(l -> grace.put((Long) l[0], (Integer) col(DemoTable.LOAN, l, "grace_days")));
        Set<Object> overdueLoans = new HashSet<>();
        for (Object[] i : of(DemoTable.LOAN_INSTALMENT)) {
            long loan = (Long) col(DemoTable.LOAN_INSTALMENT, i, "loan_id");
            LocalDate due = (LocalDate) col(DemoTable.LOAN_INSTALMENT, i, "due_date");
            long unpaid = (Long) col(DemoTable.LOAN_INSTALMENT, i, "principal_due_paise") + (Long) col(DemoTable.LOAN_INSTALMENT, i, "charge_due_paise")
                    - (Long) col(DemoTable.LOAN_INSTALMENT, i, "principal_paid_paise") - (Long) col(DemoTable.LOAN_INSTALMENT, i, "charge_paid_paise");
            if (unpaid > 0 && due.plusDays(grace.get(loan)).isBefore(ANCHOR)) {
                overdueLoans.add(loan);
            }
        }
        assertTrue(overdueLoans.size() >= 5, "overdue loans: " + overdueLoans.size());
    }

    @Test
    void savingsHaveAYearOfDepositsSomeWithdrawalsAndReversalsOfTheOriginalAmount() {
        List<Object[]> txns = of(DemoTable.SAVINGS_TXN);
        Map<Object, Long> byType = txns.stream().collect(Collectors.groupingBy(t -> col(DemoTable.SAVINGS_TXN, t, "type"), Collectors.counting()));
        assertTrue(byType.get("DEPOSIT") > 300 * 10L, "deposits " + byType);
        assertTrue(byType.get("WITHDRAWAL") > 0);
        assertTrue(byType.get("REVERSAL") >= 3, "reversals " + byType);
        Map<Long, Object[]> byId = new HashMap<>();
        txns.forEach(t -> byId.put((Long) t[0], t));
        for (Object[] t : txns) {
            Object reverses = col(DemoTable.SAVINGS_TXN, t, "reverses_txn_id");
            if (reverses != null) {
                Object[] original = byId.get((Long) reverses);
                assertEquals(-(Long) col(DemoTable.SAVINGS_TXN, original, "amount_paise"), col(DemoTable.SAVINGS_TXN, t, "amount_paise"));
                assertEquals(col(DemoTable.SAVINGS_TXN, original, "member_id"), col(DemoTable.SAVINGS_TXN, t, "member_id"));
            }
        }
        LocalDate first = txns.stream().map(t -> (LocalDate) col(DemoTable.SAVINGS_TXN, t, "value_date")).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = txns.stream().map(t -> (LocalDate) col(DemoTable.SAVINGS_TXN, t, "value_date")).max(LocalDate::compareTo).orElseThrow();
        assertTrue(!first.isAfter(ANCHOR.minusWeeks(51)) && last.isBefore(ANCHOR), first + ".." + last);
        Set<Object> keys = new HashSet<>();
        txns.forEach(t -> keys.add(col(DemoTable.SAVINGS_TXN, t, "idempotency_key")));
        of(DemoTable.LOAN).forEach(l -> keys.add(col(DemoTable.LOAN, l, "idempotency_key")));
        of(DemoTable.LOAN_REPAYMENT).forEach(r -> keys.add(col(DemoTable.LOAN_REPAYMENT, r, "idempotency_key")));
        assertEquals(txns.size() + of(DemoTable.LOAN).size() + of(DemoTable.LOAN_REPAYMENT).size(), keys.size());
    }

    @Test
    void meetingsSpanTheYearAndTheNextEightWeeksWithAttendanceForHeldOnes() {
        List<Object[]> meetings = of(DemoTable.MEETING);
        Map<Object, Long> byStatus = meetings.stream().collect(Collectors.groupingBy(m -> col(DemoTable.MEETING, m, "status"), Collectors.counting()));
        assertEquals(Set.of("HELD", "CANCELLED", "SCHEDULED"), byStatus.keySet());
        for (Object[] m : meetings) {
            LocalDate d = (LocalDate) col(DemoTable.MEETING, m, "meeting_date");
            assertEquals(d.isBefore(ANCHOR), !"SCHEDULED".equals(col(DemoTable.MEETING, m, "status")));
            assertTrue(d.isBefore(ANCHOR.plusWeeks(8)));
        }
        Set<Object> held = meetings.stream().filter(m -> "HELD".equals(col(DemoTable.MEETING, m, "status"))).map(m -> m[0]).collect(Collectors.toSet());
        Set<Object> attended = of(DemoTable.MEETING_ATTENDANCE).stream().map(a -> a[0]).collect(Collectors.toSet());
        assertEquals(held, attended);
        Set<Object> roles = of(DemoTable.STAFF).stream().map(s -> col(DemoTable.STAFF, s, "role")).collect(Collectors.toSet());
        assertEquals(Set.of("BANK_MITRA", "CRP", "ADMINISTRATOR"), roles);
    }
}
