package org.sakhiline.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sakhiline.demo.DemoLoanSchedule.Frequency;
import org.sakhiline.demo.DemoPeople.FixedMember;
import org.sakhiline.demo.DemoPeople.FixedStaff;
import org.sakhiline.demo.DemoPeople.LoanStory;

/**
 * Generates a deterministic SHG ledger — federations, groups, members, a year of savings, loans with
 * repayments, meetings and staff — and streams it row by row into a {@link RowSink}. Same settings,
 * same rows: every random choice comes from a {@link SplittableRandom} seeded from (seed, purpose, index),
 * so the first groups do not change when the member count does. Memory stays proportional to the
 * member count, not to the number of transactions.
 *
 * <p>Ids are assigned here, from {@link IdStart}, so a loader needs no round trip per row.
 */
public final class DemoDataGenerator {

    /** What to generate. {@code anchorDate} is "today": the year of history ends the day before it. */
    public record Settings(long seed, int members, LocalDate anchorDate) {
        public static final int MIN_MEMBERS = 100;

        public Settings {
            if (members < MIN_MEMBERS) {
                throw new IllegalArgumentException("at least " + MIN_MEMBERS + " members are needed, got " + members);
            }
        }
    }

    /** The first id to use in each table (1 on an empty database). */
    public record IdStart(long orgUnit, long member, long memberPhone, long staff, long savingsTxn, long loan,
                          long loanInstalment, long loanRepayment, long loanAllocation, long meeting) {
        public static final IdStart EMPTY = new IdStart(1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
    }

    /**
     * Hashes a PIN with the given salt: the service's {@code books.pins.PinHasher} in production, so demo PINs
     * verify like real ones (named apart from it: one name, one meaning).
     */
    @FunctionalInterface
    public interface PinHashFunction {
        String hash(String pin, byte[] salt);
    }

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId KARACHI = ZoneId.of("Asia/Karachi");
    private static final int HISTORY_WEEKS = 52;
    private static final int FUTURE_WEEKS = 8;

    private final Settings settings;
    private final PinHashFunction pinHasher;
    private final String keyPrefix;
    private final LocalDate anchor;
    private final LocalDate historyStart;

    // id counters (next id to hand out)
    private long nextOrgUnit;
    private long nextMember;
    private long nextPhone;
    private long nextStaff;
    private long nextTxn;
    private long nextLoan;
    private long nextInstalment;
    private long nextRepayment;
    private long nextAllocation;
    private long nextMeeting;
    private long nextKey = 1;
    private long inPhoneSerial;
    private long pkPhoneSerial;

    private RowSink sink;

    public DemoDataGenerator(Settings settings, IdStart ids, PinHashFunction pinHasher) {
        this.settings = settings;
        this.pinHasher = pinHasher;
        this.keyPrefix = "demo:" + settings.seed() + ":";
        this.anchor = settings.anchorDate();
        this.historyStart = anchor.minusWeeks(HISTORY_WEEKS);
        nextOrgUnit = ids.orgUnit();
        nextMember = ids.member();
        nextPhone = ids.memberPhone();
        nextStaff = ids.staff();
        nextTxn = ids.savingsTxn();
        nextLoan = ids.loan();
        nextInstalment = ids.loanInstalment();
        nextRepayment = ids.loanRepayment();
        nextAllocation = ids.loanAllocation();
        nextMeeting = ids.meeting();
    }

    // ---------------------------------------------------------------- model held in memory

    private static final class Country {
        final String code;
        final ZoneId zone;
        final String[] languages;       // group languages, cycled
        final String[] otherLanguages;  // a member may speak one of these instead
        int groups;
        final List<Unit> federations = new ArrayList<>();
        final List<Unit> vos = new ArrayList<>();

        Country(String code, ZoneId zone, String[] languages, String[] otherLanguages) {
            this.code = code;
            this.zone = zone;
            this.languages = languages;
            this.otherLanguages = otherLanguages;
        }
    }

    private record Unit(long id, String code, String language) {}

    private static final class Group {
        long id;
        int indexInCountry;
        Country country;
        String language;
        Unit vo;
        boolean weekly;
        Integer dayOfWeek;
        Integer weekOfMonth;
        Integer dayOfMonth;
        LocalTime time;
        String place;
        long defaultSavings;
        LocalDate formed;
        int size;
        final List<Mem> members = new ArrayList<>();
        long bookkeeperId;
        long bankMitraId;
        final List<LocalDate> heldDates = new ArrayList<>();
    }

    private static final class Mem {
        long id;
        int no;
        String language;
        LocalDate joined;
        LocalDate exitOn;        // EXITED: settles her savings at the first meeting on/after this date
        LocalDate inactiveFrom;  // INACTIVE: rarely comes after this date
        double attendance;
        FixedMember fixed;
        // running state while the group's year is generated
        boolean opened;
        long balance;
        long lastTxnId;
        LocalDateTime lastTxnAt;
        boolean gone;
    }

    private record Meeting(long id, LocalDate date, String status, LocalDateTime startUtc) {}

    // ---------------------------------------------------------------- entry point

    /** Streams the whole data set into {@code sink}. */
    public void generate(RowSink sink) {
        this.sink = sink;
        int total = settings.members();
        int groupCount = Math.max(20, (int) Math.round(total / 14.0));
        Country india = new Country("IN", KOLKATA, new String[] {"hi", "bn", "as", "mni", "hi", "bn"},
                new String[] {"hi", "bn", "as", "mni"});
        Country pakistan = new Country("PK", KARACHI, new String[] {"ur", "sd", "sd"}, new String[] {"ur", "sd"});
        india.groups = (int) Math.round(groupCount * 0.6);
        pakistan.groups = groupCount - india.groups;

        int[] sizes = groupSizes(total, groupCount);
        List<Group> groups = new ArrayList<>(groupCount);
        createTree(india, groups, sizes, 0);
        createTree(pakistan, groups, sizes, india.groups);
        createStaff(india);
        createStaff(pakistan);
        sink.checkpoint();
        for (Group g : groups) {
            createMembers(g);
            sink.checkpoint();
        }
        for (Group g : groups) {
            generateYear(g);
            generateLoans(g);
            g.members.clear(); // the group is written: let it go
            sink.checkpoint();
        }
    }

    private int[] groupSizes(int total, int groupCount) {
        SplittableRandom rnd = random(1, 0);
        int[] sizes = new int[groupCount];
        for (int i = 0; i < groupCount; i++) {
            sizes[i] = total / groupCount + (i < total % groupCount ? 1 : 0);
        }
        // Real groups are 10-20 women: move a few members between neighbours, keeping the total.
        for (int i = 0; i + 1 < groupCount; i += 2) {
            int shift = rnd.nextInt(4);
            if (sizes[i + 1] - shift >= 5) {
                sizes[i] += shift;
                sizes[i + 1] -= shift;
            }
        }
        return sizes;
    }

    // ---------------------------------------------------------------- federation tree and groups

    private static final String[] IN_BLOCKS = {"Lakhipur", "Borkhola", "Katigorah", "Udharbond", "Sonai", "Kalain",
            "Narsingpur", "Binnakandi"};
    private static final String[] PK_TALUKAS = {"Hala", "Matiari", "Saeedabad"};
    private static final Map<String, String[]> VILLAGES = Map.of(
            "hi", new String[] {"Rosekandy Tea Estate", "Doloo Tea Estate", "Silkuri Tea Estate", "Kumbhirgram",
                    "Larsingpur Tea Estate", "Dewan Tea Estate"},
            "bn", new String[] {"Kashipur", "Ganirgram", "Madhura", "Borjalenga", "Dholai", "Moinarbond"},
            "as", new String[] {"Dayapur", "Chandrapur", "Pailapool", "Jaynagar"},
            "mni", new String[] {"Jirighat", "Joypur", "Bhuban Road", "Lakhipur Bazar"},
            "ur", new String[] {"Hala Old", "Bhitshah", "Syed Pur", "Mirza Pur"},
            "sd", new String[] {"Oderolal", "Shah Pur", "Khyber", "Bhanot", "Allahdad Chand", "Saeedabad"});
    private static final String[][] IN_THEMES = {
            {"Lakshmi", "लक्ष्मी", "লক্ষ্মী"}, {"Durga", "दुर्गा", "দুর্গা"}, {"Jyoti", "ज्योति", "জ্যোতি"},
            {"Pragati", "प्रगति", "প্ৰগতি"}, {"Ekta", "एकता", "একতা"}, {"Asha", "आशा", "আশা"},
            {"Shakti", "शक्ति", "শক্তি"}, {"Sakhi", "सखी", "সখী"}, {"Milan", "मिलन", "মিলন"},
            {"Annapurna", "अन्नपूर्णा", "অন্নপূর্ণা"}, {"Joymoti", "जयमती", "জয়মতী"}, {"Ujjwala", "उज्ज्वला", "উজ্জ্বলা"}};
    private static final String[][] PK_THEMES = {
            {"Roshni", "روشنی", "روشني"}, {"Umeed", "امید", "اميد"}, {"Ittehad", "اتحاد", "اتحاد"},
            {"Khushhali", "خوشحالی", "خوشحالي"}, {"Noor", "نور", "نور"}, {"Sitara", "ستارہ", "ستارو"},
            {"Bahar", "بہار", "بهار"}, {"Marvi", "ماروی", "ماروي"}, {"Sujag", "سجاگ", "سجاڳ"}};
    private static final String[] IN_PLACES = {"Anganwadi centre", "Community hall", "Leader's courtyard",
            "Club house", "Panchayat office", "Primary school verandah"};
    private static final String[] PK_PLACES = {"CO office", "Otaq", "Leader's courtyard", "Village school",
            "Community centre"};

    private void createTree(Country c, List<Group> all, int[] sizes, int firstGroup) {
        boolean in = c.code.equals("IN");
        SplittableRandom rnd = random(2, in ? 0 : 1);
        int voCount = Math.max(2, (c.groups + 11) / 12);
        int fedCount = Math.max(1, (voCount + 39) / 40);
        for (int f = 0; f < fedCount; f++) {
            String suffix = fedCount == 1 ? "" : " " + (f + 1);
            long id = nextOrgUnit++;
            String code = (in ? "IN-CLF-" : "PK-LSO-") + pad(f + 1, 2);
            if (in) {
                emit(DemoTable.ORG_UNIT, id, null, "CLF", "IN", code, "Barak Ujala Cluster Level Federation" + suffix,
                        "বরাক উজালা ক্লাস্টার লেভেল ফেডারেশন" + suffix, "Cachar", IN_BLOCKS[f % IN_BLOCKS.length], null);
            } else {
                emit(DemoTable.ORG_UNIT, id, null, "LSO", "PK", code, "Bhitshah Local Support Organisation" + suffix,
                        "ڀٽ شاهه لوڪل سپورٽ آرگنائيزيشن" + suffix, "Matiari", PK_TALUKAS[f % PK_TALUKAS.length], null);
            }
            c.federations.add(new Unit(id, code, in ? "bn" : "sd"));
        }
        String[] voNames = in ? new String[] {"Jagaran", "Ujala", "Sangam", "Nabajagaran", "Unnati", "Prerana"}
                : new String[] {"Sujag", "Ittefaq", "Sanjh", "Hamqadam", "Roshan", "Sath"};
        for (int v = 0; v < voCount; v++) {
            Unit fed = c.federations.get(v * fedCount / voCount);
            long id = nextOrgUnit++;
            String code = (in ? "IN-VO-" : "PK-VO-") + pad(v + 1, 3);
            String language = c.languages[v % c.languages.length];
            String base = voNames[v % voNames.length] + (v >= voNames.length ? " " + (v / voNames.length + 1) : "");
            String block = in ? IN_BLOCKS[v % IN_BLOCKS.length] : PK_TALUKAS[v % PK_TALUKAS.length];
            emit(DemoTable.ORG_UNIT, id, fed.id(), "VO", c.code, code, base + " Village Organisation", null,
                    in ? "Cachar" : "Matiari", block, null);
            c.vos.add(new Unit(id, code, language));
        }
        for (int i = 0; i < c.groups; i++) {
            Group g = new Group();
            g.id = nextOrgUnit++;
            g.indexInCountry = i;
            g.country = c;
            g.language = c.languages[i % c.languages.length];
            g.vo = c.vos.get(i * voCount / c.groups);
            g.size = sizes[firstGroup + i];
            String[] theme = (in ? IN_THEMES : PK_THEMES)[i % (in ? IN_THEMES : PK_THEMES).length];
            int round = i / (in ? IN_THEMES : PK_THEMES).length;
            String number = round == 0 ? "" : " " + (round + 1);
            String name = theme[0] + (in ? " Mahila SHG" : " Women CO") + number;
            String nameLocal = localGroupName(g.language, theme) + number;
            String[] villages = VILLAGES.get(g.language);
            String village = villages[rnd.nextInt(villages.length)];
            String block = in ? IN_BLOCKS[rnd.nextInt(IN_BLOCKS.length)] : PK_TALUKAS[rnd.nextInt(PK_TALUKAS.length)];
            emit(DemoTable.ORG_UNIT, g.id, g.vo.id(), in ? "SHG" : "CO", c.code,
                    (in ? "IN-SHG-" : "PK-CO-") + pad(i + 1, 5), name, nameLocal, in ? "Cachar" : "Matiari", block,
                    village);

            // The groups the fixed demo members belong to meet weekly, so their menus always show a meeting soon.
            g.weekly = i < 4 || rnd.nextDouble() < 0.7;
            if (g.weekly) {
                g.dayOfWeek = 1 + rnd.nextInt(in ? 7 : 6); // PK groups meet Monday..Saturday, never on Friday

                if (!in && g.dayOfWeek == 5) {
                    g.dayOfWeek = 6;
                }
            } else if (rnd.nextInt(3) < 2) {
                g.weekOfMonth = 1 + rnd.nextInt(4);
                g.dayOfWeek = 1 + rnd.nextInt(6);
            } else {
                g.dayOfMonth = new int[] {5, 10, 12, 15, 20}[rnd.nextInt(5)];
            }
            String[] times = in ? new String[] {"10:00", "10:30", "11:00", "14:00", "15:00", "16:00"}
                    : new String[] {"10:00", "11:00", "15:00", "16:30"};
            g.time = LocalTime.parse(times[rnd.nextInt(times.length)]);
            String[] places = in ? IN_PLACES : PK_PLACES;
            g.place = places[rnd.nextInt(places.length)] + ", " + village;
            long[] savings = in ? (g.weekly ? new long[] {1000, 2000, 2000, 5000} : new long[] {10000, 20000})
                    : (g.weekly ? new long[] {5000, 10000} : new long[] {20000, 50000});
            g.defaultSavings = savings[rnd.nextInt(savings.length)];
            g.formed = anchor.minusDays(400 + rnd.nextInt(8 * 365));
            long ageDays = ChronoUnit.DAYS.between(g.formed, anchor);
            String grade = ageDays < 2 * 365 ? (rnd.nextBoolean() ? null : "B") : new String[] {"A", "A", "B", "C"}[rnd.nextInt(4)];
            String account = "XXXXXX" + pad(rnd.nextInt(10_000), 4);
            emit(DemoTable.SHG_PROFILE, g.id, g.formed, g.weekly ? "WEEKLY" : "MONTHLY", g.dayOfWeek, g.weekOfMonth,
                    g.dayOfMonth, g.time, g.place, c.zone.getId(), g.language, g.defaultSavings, account, grade);
            all.add(g);
        }
    }

    private static String localGroupName(String language, String[] theme) {
        return switch (language) {
            case "hi" -> theme[1] + " महिला स्वयं सहायता समूह";
            case "bn" -> theme[2] + " মহিলা স্বনির্ভর গোষ্ঠী";
            case "as" -> theme[2] + " মহিলা আত্মসহায়ক গোট";
            case "mni" -> theme[2] + " নুপী মরুপ";
            case "ur" -> theme[1] + " خواتین تنظیم";
            case "sd" -> theme[2] + " عورتن جي تنظيم";
            default -> theme[0];
        };
    }

    // ---------------------------------------------------------------- staff

    private void createStaff(Country c) {
        boolean in = c.code.equals("IN");
        SplittableRandom rnd = random(3, in ? 0 : 1);
        for (FixedStaff s : DemoPeople.STAFF) {
            if (s.country().equals(c.code)) {
                Unit scope = s.scope().equals("FEDERATION") ? c.federations.get(0) : c.vos.get(0);
                long id = nextStaff++;
                emit(DemoTable.STAFF, id, s.name(), s.phone(), s.role(), scope.id(), s.language(),
                        pinHasher.hash(s.pin(), salt(rnd)));
                if (s.role().equals("BANK_MITRA")) {
                    bankMitraByVo.put(scope.id(), id);
                }
            }
        }
        int serial = 0;
        for (int v = 0; v < c.vos.size(); v++) {
            Unit vo = c.vos.get(v);
            // The first VO's bank mitra is a fixed demo person (above); every VO has one bank mitra and one CRP.
            for (String role : v == 0 ? new String[] {"CRP"} : new String[] {"BANK_MITRA", "CRP"}) {
                String language = in ? (rnd.nextBoolean() ? "hi" : "bn") : (rnd.nextBoolean() ? "ur" : "sd");
                DemoNames.Name name = DemoNames.poolFor(c.code, language, rnd).pick(rnd);
                String phone = in ? "+918" + scramble(serial++, 1_000_000_000L, 9)
                        : "+92333" + scramble(serial++, 10_000_000L, 7);
                long id = nextStaff++;
                emit(DemoTable.STAFF, id, name.latin(), phone, role, vo.id(), language, null);
                if (role.equals("BANK_MITRA")) {
                    bankMitraByVo.put(vo.id(), id);
                }
            }
        }
    }

    /** The bank mitra who confirms the deposits of each VO's groups. */
    private final Map<Long, Long> bankMitraByVo = new HashMap<>();

    // ---------------------------------------------------------------- members and phones

    private void createMembers(Group g) {
        SplittableRandom rnd = random(4, g.id);
        Country c = g.country;
        String previousPhone = null;
        DemoNames.Pool previousPool = null;
        int previousSurname = -1;
        String previousLanguage = null;
        boolean previousShared = false;
        for (int no = 1; no <= g.size; no++) {
            Mem m = new Mem();
            m.id = nextMember++;
            m.no = no;
            m.fixed = fixedAt(c.code, g.indexInCountry, no);
            m.attendance = 0.75 + rnd.nextDouble() * 0.23;
            boolean original = rnd.nextDouble() < 0.85 || m.fixed != null;
            m.joined = original ? g.formed : g.formed.plusDays(rnd.nextLong(ChronoUnit.DAYS.between(g.formed, anchor.minusDays(30))));
            String status = "ACTIVE";
            if (m.fixed == null && no > 2 && original) {
                double s = rnd.nextDouble();
                if (s < 0.01) {
                    status = "EXITED";
                    m.exitOn = historyStart.plusDays(60 + rnd.nextInt(250));
                } else if (s < 0.025) {
                    status = "INACTIVE";
                    m.inactiveFrom = anchor.minusDays(90);
                }
            }
            String role = no == 1 ? "LEADER" : no == 2 ? "BOOKKEEPER" : "MEMBER";

            String name;
            String nameNative;
            String language;
            String script;
            List<String> phones = new ArrayList<>(2);
            String pinHash = null;
            boolean shared = false;
            if (m.fixed != null) {
                FixedMember f = m.fixed;
                name = f.name();
                nameNative = f.nameNative();
                language = f.language();
                script = f.script();
                phones.add(f.phone());
                if (f.pin() != null) {
                    pinHash = pinHasher.hash(f.pin(), salt(rnd));
                }
            } else {
                // A household member on the same handset: same family name, same language.
                shared = previousPhone != null && !previousShared && rnd.nextDouble() < 0.08;
                DemoNames.Pool pool;
                DemoNames.Name n;
                if (shared) {
                    language = previousLanguage;
                    pool = previousPool;
                    n = pool.withSurname(rnd.nextInt(pool.given().length), previousSurname);
                    phones.add(previousPhone);
                } else {
                    double l = rnd.nextDouble();
                    language = l < 0.88 ? g.language : l < 0.94 ? "en" : c.otherLanguages[rnd.nextInt(c.otherLanguages.length)];
                    pool = DemoNames.poolFor(c.code, language, rnd);
                    n = pool.pick(rnd);
                    if (rnd.nextDouble() < 0.87) {
                        phones.add(nextGeneratedPhone(c));
                    }
                }
                if (rnd.nextDouble() < 0.03) {
                    phones.add(nextGeneratedPhone(c)); // her husband's handset too
                }
                name = n.latin();
                nameNative = n.nativeScript();
                boolean romanUsed = switch (language) {
                    case "hi", "ur", "sd", "bn" -> true;
                    default -> false;
                };
                script = romanUsed && rnd.nextDouble() < 0.25 ? "ROMAN" : "NATIVE";
                previousPool = pool;
                previousSurname = n.surnameIndex();
            }
            emit(DemoTable.MEMBER, m.id, g.id, no, name, nameNative, language, script, role, status, pinHash, m.joined);
            for (String phone : phones) {
                emit(DemoTable.MEMBER_PHONE, nextPhone++, m.id, phone);
            }
            previousPhone = phones.isEmpty() ? null : phones.get(0);
            previousShared = shared || (m.fixed != null);
            previousLanguage = language;
            if (no == 2) {
                g.bookkeeperId = m.id;
            }
            g.members.add(m);
        }
        g.bankMitraId = bankMitraByVo.get(g.vo.id());
    }

    private static FixedMember fixedAt(String country, int groupInCountry, int memberNo) {
        for (FixedMember f : DemoPeople.MEMBERS) {
            if (f.country().equals(country) && f.groupInCountry() == groupInCountry && f.memberNo() == memberNo) {
                return f;
            }
        }
        return null;
    }

    private String nextGeneratedPhone(Country c) {
        // A bijective scramble of a serial: unique, but not a visibly sequential block of numbers.
        return c.code.equals("IN") ? "+917" + scramble(inPhoneSerial++, 1_000_000_000L, 9)
                : "+9230" + scramble(pkPhoneSerial++, 100_000_000L, 8);
    }

    private static String scramble(long serial, long modulus, int digits) {
        long multiplier = 387_420_489L % modulus; // 3^18: coprime with 10^k, so the map is a bijection
        long value = Math.floorMod(serial * multiplier + 123_456_789L, modulus);
        return pad(value, digits);
    }

    // ---------------------------------------------------------------- a year of meetings and savings

    private void generateYear(Group g) {
        SplittableRandom rnd = random(5, g.id);
        Country c = g.country;
        List<Meeting> meetings = new ArrayList<>();
        for (LocalDate d : meetingDates(g, historyStart, anchor.plusWeeks(FUTURE_WEEKS))) {
            String status = !d.isBefore(anchor) ? "SCHEDULED" : rnd.nextDouble() < 0.05 ? "CANCELLED" : "HELD";
            LocalDateTime startUtc = d.atTime(g.time).atZone(c.zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
            Meeting m = new Meeting(nextMeeting++, d, status, startUtc);
            emit(DemoTable.MEETING, m.id(), g.id, d, g.time, g.place, status);
            meetings.add(m);
            if (status.equals("HELD")) {
                g.heldDates.add(d);
            }
        }
        for (Meeting meeting : meetings) {
            if (!meeting.status().equals("HELD")) {
                continue;
            }
            for (Mem m : g.members) {
                if (m.gone || m.joined.isAfter(meeting.date())) {
                    continue;
                }
                LocalDateTime at = meeting.startUtc().plusMinutes(5 + m.no);
                if (!m.opened) {
                    m.opened = true;
                    if (m.joined.isBefore(historyStart)) {
                        openingBalance(g, m, meeting, at, rnd);
                    }
                }
                if (m.exitOn != null && !meeting.date().isBefore(m.exitOn)) {
                    emit(DemoTable.MEETING_ATTENDANCE, meeting.id(), m.id, true);
                    if (m.balance > 0) {
                        post(g, m, "WITHDRAWAL", -m.balance, null, "BOOKKEEPER", "member:" + g.bookkeeperId,
                                meeting.date(), null, "Exit settlement: savings returned", at);
                    }
                    m.gone = true;
                    continue;
                }
                double p = m.inactiveFrom != null && !meeting.date().isBefore(m.inactiveFrom) ? 0.05 : m.attendance;
                boolean present = rnd.nextDouble() < p;
                emit(DemoTable.MEETING_ATTENDANCE, meeting.id(), m.id, present);
                if (present || rnd.nextDouble() < 0.3) { // an absent member often sends her savings with a neighbour
                    long amount = g.defaultSavings * (rnd.nextDouble() < 0.08 ? 2 : 1);
                    if (rnd.nextDouble() < 0.004) {
                        // Keyed ten times too much, reversed by the bookkeeper, then posted right.
                        long wrong = post(g, m, "DEPOSIT", amount * 10, null, depositChannel(rnd), null,
                                meeting.date(), rnd, null, at);
                        post(g, m, "REVERSAL", -amount * 10, wrong, "BOOKKEEPER", "member:" + g.bookkeeperId,
                                meeting.date(), null, "Wrong amount keyed", at.plusMinutes(20));
                        at = at.plusMinutes(21);
                    }
                    post(g, m, "DEPOSIT", amount, null, depositChannel(rnd), null, meeting.date(), rnd, null, at);
                }
                double withdrawChance = g.weekly ? 0.012 : 0.05;
                if (present && m.balance >= 20_000 && rnd.nextDouble() < withdrawChance) {
                    long amount = Math.max(1000, (long) (m.balance * (0.2 + rnd.nextDouble() * 0.3)) / 1000 * 1000);
                    String[] reasons = {"School fees", "Medicine", "Festival", "Seeds and fertiliser", "Wedding in the family"};
                    post(g, m, "WITHDRAWAL", -amount, null, "BOOKKEEPER", "member:" + g.bookkeeperId, meeting.date(),
                            null, reasons[rnd.nextInt(reasons.length)], at.plusMinutes(30));
                }
            }
        }
        for (Mem m : g.members) {
            LocalDateTime updated = m.lastTxnAt != null ? m.lastTxnAt : m.joined.atStartOfDay();
            emit(DemoTable.SAVINGS_BALANCE, m.id, m.balance, m.lastTxnId == 0 ? null : m.lastTxnId, updated);
        }
    }

    private void openingBalance(Group g, Mem m, Meeting meeting, LocalDateTime at, SplittableRandom rnd) {
        long periods = g.weekly ? ChronoUnit.WEEKS.between(m.joined, historyStart) : ChronoUnit.MONTHS.between(m.joined, historyStart);
        long opening = (long) (g.defaultSavings * periods * (0.7 + rnd.nextDouble() * 0.25)) / 1000 * 1000;
        if (opening > 0) {
            post(g, m, "DEPOSIT", opening, null, "API", "api:migration", meeting.date(), null,
                    "Opening balance carried over from the passbook", at.minusMinutes(1));
        }
    }

    private String depositChannel(SplittableRandom rnd) {
        double c = rnd.nextDouble();
        return c < 0.80 ? "BOOKKEEPER" : c < 0.92 ? "SMS" : c < 0.97 ? "USSD" : "API";
    }

    /** Posts one savings row, keeping the running balance; returns its id. */
    private long post(Group g, Mem m, String type, long amount, Long reverses, String channel, String actor,
                      LocalDate valueDate, SplittableRandom refRnd, String note, LocalDateTime at) {
        if (actor == null) {
            actor = switch (channel) {
                case "BOOKKEEPER" -> "member:" + g.bookkeeperId;
                case "API" -> "api:admin";
                default -> "staff:" + g.bankMitraId;
            };
        }
        String externalRef = channel.equals("SMS") && refRnd != null ? "SM" + hex(refRnd, 32) : null;
        long id = nextTxn++;
        m.balance += amount;
        if (m.balance < 0) {
            throw new IllegalStateException("generator bug: negative balance for member " + m.id);
        }
        emit(DemoTable.SAVINGS_TXN, id, m.id, type, amount, m.balance, reverses, channel, actor, valueDate, nextKey(),
                externalRef, note, at);
        m.lastTxnId = id;
        m.lastTxnAt = at;
        return id;
    }

    /** Meeting dates of the group's rule in [from, to), ascending. */
    static List<LocalDate> meetingDates(boolean weekly, Integer dayOfWeek, Integer weekOfMonth, Integer dayOfMonth,
                                        LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        if (weekly) {
            for (LocalDate d = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(dayOfWeek))); d.isBefore(to); d = d.plusWeeks(1)) {
                dates.add(d);
            }
            return dates;
        }
        for (LocalDate month = from.withDayOfMonth(1); month.isBefore(to); month = month.plusMonths(1)) {
            LocalDate d = weekOfMonth != null
                    ? month.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, DayOfWeek.of(dayOfWeek)))
                    : month.withDayOfMonth(Math.min(dayOfMonth, month.lengthOfMonth()));
            if (!d.isBefore(from) && d.isBefore(to)) {
                dates.add(d);
            }
        }
        return dates;
    }

    private static List<LocalDate> meetingDates(Group g, LocalDate from, LocalDate to) {
        return meetingDates(g.weekly, g.dayOfWeek, g.weekOfMonth, g.dayOfMonth, from, to);
    }

    // ---------------------------------------------------------------- loans

    private enum Behaviour { ON_TIME, LATE, OVERDUE, PREPAID }

    private void generateLoans(Group g) {
        SplittableRandom rnd = random(6, g.id);
        boolean in = g.country.code.equals("IN");
        LocalDate lastDisbursal = anchor.minusDays(14);
        List<LocalDate> meetingDays = g.heldDates.stream().filter(d -> d.isBefore(lastDisbursal)).toList();
        for (Mem m : g.members) {
            if (m.fixed != null) {
                if (m.fixed.loan() != LoanStory.NONE) {
                    Behaviour b = switch (m.fixed.loan()) {
                        case LATE -> Behaviour.LATE;
                        case OVERDUE -> Behaviour.OVERDUE;
                        default -> Behaviour.ON_TIME;
                    };
                    // Overdue: disbursed seven months ago, so many instalments have fallen due unpaid;
                    // otherwise about three months ago, so the loan is still running.
                    LocalDate disbursal = lastOnOrBefore(meetingDays, anchor.minusDays(b == Behaviour.OVERDUE ? 210 : 100));
                    loan(g, m, rnd, m.fixed.fundSource(), disbursal, b, true);
                }
                continue;
            }
            if (m.exitOn != null || meetingDays.isEmpty()) {
                continue;
            }
            int loans = rnd.nextDouble() < 0.35 ? (rnd.nextDouble() < 0.25 ? 2 : 1) : 0;
            for (int k = 0; k < loans; k++) {
                String source = in ? pick(rnd, new String[] {"SHG_OWN", "SHG_OWN", "REVOLVING_FUND", "CIF", "BANK"})
                        : pick(rnd, new String[] {"SHG_OWN", "CIF", "CIF", "BANK"});
                LocalDate disbursal = meetingDays.get(rnd.nextInt(meetingDays.size()));
                if (disbursal.isBefore(m.joined)) {
                    continue;
                }
                double b = rnd.nextDouble();
                Behaviour behaviour = b < 0.65 ? Behaviour.ON_TIME : b < 0.8 ? Behaviour.LATE : b < 0.95 ? Behaviour.OVERDUE
                        : Behaviour.PREPAID;
                loan(g, m, rnd, source, disbursal, behaviour, false);
            }
        }
    }

    private static LocalDate lastOnOrBefore(List<LocalDate> dates, LocalDate limit) {
        LocalDate best = dates.get(0);
        for (LocalDate d : dates) {
            if (!d.isAfter(limit)) {
                best = d;
            }
        }
        return best;
    }

    private void loan(Group g, Mem m, SplittableRandom rnd, String source, LocalDate disbursal, Behaviour behaviour,
                      boolean fixed) {
        boolean in = g.country.code.equals("IN");
        long principal;
        boolean flat;
        int rateBp;
        boolean perYear;
        Frequency frequency;
        int n;
        int grace;
        switch (source) {
            case "SHG_OWN" -> {
                principal = (2_000 + 500L * rnd.nextInt(17)) * 100;
                flat = true;
                rateBp = new int[] {100, 150, 200}[rnd.nextInt(3)];
                perYear = false;
                frequency = g.weekly && (fixed || rnd.nextDouble() < 0.4) ? Frequency.WEEKLY : Frequency.MONTHLY;
                n = frequency == Frequency.WEEKLY ? 20 + rnd.nextInt(7) : 6 + rnd.nextInt(7);
                grace = 0;
            }
            case "REVOLVING_FUND" -> {
                principal = (3_000 + 500L * rnd.nextInt(10)) * 100;
                flat = true;
                rateBp = 100;
                perYear = false;
                frequency = g.weekly && rnd.nextDouble() < 0.3 ? Frequency.FORTNIGHTLY : Frequency.MONTHLY;
                n = frequency == Frequency.FORTNIGHTLY ? 20 : 10 + rnd.nextInt(3);
                grace = 0;
            }
            case "CIF" -> {
                principal = (10_000 + 1_000L * rnd.nextInt(41)) * 100;
                flat = false;
                rateBp = in ? 1200 : 1800;
                perYear = true;
                frequency = g.weekly && (rnd.nextDouble() < 0.3 || !in && fixed) ? Frequency.FORTNIGHTLY : Frequency.MONTHLY;
                n = frequency == Frequency.FORTNIGHTLY ? 24 : 12 + 6 * rnd.nextInt(3);
                grace = 7;
            }
            default -> { // BANK: SHG-bank linkage
                principal = (20_000 + 5_000L * rnd.nextInt(9)) * 100;
                flat = false;
                rateBp = in ? 1100 + 100 * rnd.nextInt(2) : 2200;
                perYear = true;
                frequency = Frequency.MONTHLY;
                n = 12 + 12 * rnd.nextInt(3);
                grace = 7;
            }
        }
        LocalDate firstDue = DemoLoanSchedule.firstDue(disbursal, frequency);
        DemoLoanSchedule s = DemoLoanSchedule.of(principal, flat, rateBp, perYear, frequency, n, firstDue);
        long loanId = nextLoan++;
        long firstInstalmentId = nextInstalment;
        nextInstalment += n;
        LocalDateTime disbursedAt = disbursal.atTime(g.time).atZone(g.country.zone).withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime().plusMinutes(45);

        // Repayments first (in memory), so the loan row can carry its final status and the instalment
        // rows their paid caches.
        long[] chargePaid = new long[n];
        long[] principalPaid = new long[n];
        List<Object[]> repayments = new ArrayList<>();
        List<Object[]> allocations = new ArrayList<>();
        int stopAfter = behaviour == Behaviour.OVERDUE ? 1 + rnd.nextInt(Math.max(1, Math.min(n, 4))) : Integer.MAX_VALUE;
        int prepayAt = behaviour == Behaviour.PREPAID ? 1 + rnd.nextInt(Math.max(1, n / 2)) : -1;
        long owedSoFar = 0;
        long paidSoFar = 0;
        long total = s.total();
        for (int k = 0; k < n; k++) {
            owedSoFar += s.principalDue[k] + s.chargeDue[k];
            if (k >= stopAfter) {
                break;
            }
            LocalDate date = s.dueDates[k];
            long amount;
            if (behaviour == Behaviour.LATE && k % 2 == 0 && k < n - 1) {
                continue; // misses one, pays both at the next due date
            } else if (k == prepayAt) {
                amount = total - paidSoFar; // closes the loan early
            } else if (behaviour == Behaviour.ON_TIME && !fixed && rnd.nextDouble() < 0.08) {
                amount = (owedSoFar - paidSoFar) * 6 / 10 / 1000 * 1000; // a short week: part now, the rest next time
            } else {
                amount = owedSoFar - paidSoFar;
            }
            date = date.plusDays(behaviour == Behaviour.LATE ? 3 + rnd.nextInt(10) : rnd.nextInt(3));
            if (!date.isBefore(anchor)) {
                break;
            }
            amount = Math.min(amount, total - paidSoFar);
            if (amount <= 0) {
                continue;
            }
            long repaymentId = nextRepayment++;
            boolean sms = rnd.nextDouble() < 0.15;
            LocalDateTime at = date.atTime(g.time).atZone(g.country.zone).withZoneSameInstant(ZoneOffset.UTC)
                    .toLocalDateTime().plusMinutes(10 + m.no);
            repayments.add(new Object[] {repaymentId, loanId, amount, sms ? "SMS" : "BOOKKEEPER",
                    sms ? "staff:" + g.bankMitraId : "member:" + g.bookkeeperId, date, nextKey(),
                    sms ? "SM" + hex(rnd, 32) : null, at});
            // Charge first, then principal; oldest instalment first.
            long left = amount;
            for (int i = 0; i < n && left > 0; i++) {
                long charge = Math.min(left, s.chargeDue[i] - chargePaid[i]);
                left -= charge;
                long prin = Math.min(left, s.principalDue[i] - principalPaid[i]);
                left -= prin;
                if (charge > 0 || prin > 0) {
                    chargePaid[i] += charge;
                    principalPaid[i] += prin;
                    allocations.add(new Object[] {nextAllocation++, repaymentId, firstInstalmentId + i, charge, prin});
                }
            }
            paidSoFar += amount;
            if (paidSoFar == total) {
                break;
            }
        }
        emit(DemoTable.LOAN, loanId, m.id, source, principal, flat ? "FLAT" : "DECLINING", rateBp,
                perYear ? "YEAR" : "MONTH", frequency.name(), n, disbursal, firstDue, grace,
                paidSoFar == total ? "CLOSED" : "ACTIVE", nextKey(), disbursedAt);
        for (int k = 0; k < n; k++) {
            emit(DemoTable.LOAN_INSTALMENT, firstInstalmentId + k, loanId, k + 1, s.dueDates[k], s.principalDue[k],
                    s.chargeDue[k], principalPaid[k], chargePaid[k]);
        }
        for (Object[] r : repayments) {
            emit(DemoTable.LOAN_REPAYMENT, r);
        }
        for (Object[] a : allocations) {
            emit(DemoTable.LOAN_ALLOCATION, a);
        }
    }

    // ---------------------------------------------------------------- helpers

    private void emit(DemoTable table, Object... values) {
        sink.row(table, values);
    }

    private String nextKey() {
        return keyPrefix + pad(nextKey++, 10);
    }

    /** An independent random stream per (purpose, index), derived from the seed. */
    private SplittableRandom random(int purpose, long index) {
        long h = settings.seed() * 0x9E3779B97F4A7C15L + purpose * 0xC2B2AE3D27D4EB4FL + index * 0x165667B19E3779F9L;
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(h ^ (h >>> 31));
    }

    private static byte[] salt(SplittableRandom rnd) {
        byte[] salt = new byte[16];
        for (int i = 0; i < salt.length; i++) {
            salt[i] = (byte) rnd.nextInt(256);
        }
        return salt;
    }

    private static String hex(SplittableRandom rnd, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = "0123456789abcdef".charAt(rnd.nextInt(16));
        }
        return new String(chars);
    }

    private static String pick(SplittableRandom rnd, String[] options) {
        return options[rnd.nextInt(options.length)];
    }

    static String pad(long value, int width) {
        String s = Long.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
