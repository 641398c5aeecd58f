package org.sakhiline.demo;

import static org.sakhiline.demo.DemoDataGenerator.pad;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sakhiline.demo.DemoCountry.Unit;
import org.sakhiline.demo.DemoDataGenerator.PinHashFunction;
import org.sakhiline.demo.DemoDataGenerator.Settings;
import org.sakhiline.demo.DemoPeople.FixedStaff;

/**
 * The generator's federation tree — an Indian CLF or a Pakistani LSO, its village organisations and their
 * groups with names, villages and meeting rules — and the staff who work in it.
 */
final class DemoFederations {

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

    private final DemoRows rows;
    private final long seed;
    private final LocalDate anchor;
    private final PinHashFunction pinHasher;
    /** The bank mitra who confirms the deposits of each VO's groups. */
    private final Map<Long, Long> bankMitraByVo = new HashMap<>();

    DemoFederations(DemoRows rows, Settings settings, PinHashFunction pinHasher) {
        this.rows = rows;
        this.seed = settings.seed();
        this.anchor = settings.anchorDate();
        this.pinHasher = pinHasher;
    }

    /** The country's federations, VOs and groups (org units and SHG profiles with their meeting rules). */
    void createTree(DemoCountry c, List<DemoGroup> all, int[] sizes, int firstGroup) {
        boolean in = c.code.equals("IN");
        SplittableRandom rnd = DemoRandom.stream(seed, DemoRandom.TREE, in ? 0 : 1);
        int voCount = Math.max(2, (c.groups + 11) / 12);
        int fedCount = Math.max(1, (voCount + 39) / 40);
        for (int f = 0; f < fedCount; f++) {
            String suffix = fedCount == 1 ? "" : " " + (f + 1);
            long id = rows.nextOrgUnitId();
            String code = (in ? "IN-CLF-" : "PK-LSO-") + pad(f + 1, 2);
            if (in) {
                rows.emit(DemoTable.ORG_UNIT, id, null, "CLF", "IN", code,
                        "Barak Ujala Cluster Level Federation" + suffix, "বরাক উজালা ক্লাস্টার লেভেল ফেডারেশন" + suffix,
                        "Cachar", IN_BLOCKS[f % IN_BLOCKS.length], null);
            } else {
                rows.emit(DemoTable.ORG_UNIT, id, null, "LSO", "PK", code,
                        "Bhitshah Local Support Organisation" + suffix, "ڀٽ شاهه لوڪل سپورٽ آرگنائيزيشن" + suffix,
                        "Matiari", PK_TALUKAS[f % PK_TALUKAS.length], null);
            }
            c.federations.add(new Unit(id, code, in ? "bn" : "sd"));
        }
        String[] voNames = in ? new String[] {"Jagaran", "Ujala", "Sangam", "Nabajagaran", "Unnati", "Prerana"}
                : new String[] {"Sujag", "Ittefaq", "Sanjh", "Hamqadam", "Roshan", "Sath"};
        for (int v = 0; v < voCount; v++) {
            Unit fed = c.federations.get(v * fedCount / voCount);
            long id = rows.nextOrgUnitId();
            String code = (in ? "IN-VO-" : "PK-VO-") + pad(v + 1, 3);
            String language = c.languages[v % c.languages.length];
            String base = voNames[v % voNames.length] + (v >= voNames.length ? " " + (v / voNames.length + 1) : "");
            String block = in ? IN_BLOCKS[v % IN_BLOCKS.length] : PK_TALUKAS[v % PK_TALUKAS.length];
            rows.emit(DemoTable.ORG_UNIT, id, fed.id(), "VO", c.code, code, base + " Village Organisation", null,
                    in ? "Cachar" : "Matiari", block, null);
            c.vos.add(new Unit(id, code, language));
        }
        for (int i = 0; i < c.groups; i++) {
            DemoGroup g = new DemoGroup();
            g.id = rows.nextOrgUnitId();
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
            rows.emit(DemoTable.ORG_UNIT, g.id, g.vo.id(), in ? "SHG" : "CO", c.code,
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
            rows.emit(DemoTable.SHG_PROFILE, g.id, g.formed, g.weekly ? "WEEKLY" : "MONTHLY", g.dayOfWeek,
                    g.weekOfMonth, g.dayOfMonth, g.time, g.place, c.zone.getId(), g.language, g.defaultSavings,
                    account, grade);
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

    /** Every VO's bank mitra and CRP, and the fixed demo staff of the README. */
    void createStaff(DemoCountry c) {
        boolean in = c.code.equals("IN");
        SplittableRandom rnd = DemoRandom.stream(seed, DemoRandom.STAFF, in ? 0 : 1);
        for (FixedStaff s : DemoPeople.STAFF) {
            if (s.country().equals(c.code)) {
                Unit scope = s.scope().equals("FEDERATION") ? c.federations.get(0) : c.vos.get(0);
                long id = rows.nextStaffId();
                rows.emit(DemoTable.STAFF, id, s.name(), s.phone(), s.role(), scope.id(), s.language(),
                        pinHasher.hash(s.pin(), DemoRandom.salt(rnd)));
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
                String phone = in ? "+918" + DemoRandom.scramble(serial++, 1_000_000_000L, 9)
                        : "+92333" + DemoRandom.scramble(serial++, 10_000_000L, 7);
                long id = rows.nextStaffId();
                rows.emit(DemoTable.STAFF, id, name.latin(), phone, role, vo.id(), language, null);
                if (role.equals("BANK_MITRA")) {
                    bankMitraByVo.put(vo.id(), id);
                }
            }
        }
    }

    long bankMitraOf(long voId) {
        return bankMitraByVo.get(voId);
    }
}
