package org.sakhiline.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sakhiline.demo.DemoDataGenerator.PinHashFunction;
import org.sakhiline.demo.DemoDataGenerator.Settings;
import org.sakhiline.demo.DemoPeople.FixedMember;

/**
 * The generator's members: names in Latin letters and in their script, member numbers, a leader and a
 * bookkeeper per group, who left or stopped coming, and phones — some handsets shared by two women of one
 * household, a few women reachable on a second one.
 */
final class DemoMembers {

    private final DemoRows rows;
    private final long seed;
    private final LocalDate anchor;
    private final LocalDate historyStart;
    private final PinHashFunction pinHasher;
    private long inPhoneSerial;
    private long pkPhoneSerial;

    DemoMembers(DemoRows rows, Settings settings, PinHashFunction pinHasher) {
        this.rows = rows;
        this.seed = settings.seed();
        this.anchor = settings.anchorDate();
        this.historyStart = settings.historyStart();
        this.pinHasher = pinHasher;
    }

    /** The group's members (the fixed demo members at their places) and their phones. */
    void create(DemoGroup g) {
        SplittableRandom rnd = DemoRandom.stream(seed, DemoRandom.MEMBERS, g.id);
        DemoCountry c = g.country;
        String previousPhone = null;
        DemoNames.Pool previousPool = null;
        int previousSurname = -1;
        String previousLanguage = null;
        boolean previousShared = false;
        for (int no = 1; no <= g.size; no++) {
            DemoGroup.Member m = new DemoGroup.Member();
            m.id = rows.nextMemberId();
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
                    pinHash = pinHasher.hash(f.pin(), DemoRandom.salt(rnd));
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
            rows.emit(DemoTable.MEMBER, m.id, g.id, no, name, nameNative, language, script, role, status, pinHash,
                    m.joined);
            for (String phone : phones) {
                rows.emit(DemoTable.MEMBER_PHONE, rows.nextPhoneId(), m.id, phone);
            }
            previousPhone = phones.isEmpty() ? null : phones.get(0);
            previousShared = shared || (m.fixed != null);
            previousLanguage = language;
            if (no == 2) {
                g.bookkeeperId = m.id;
            }
            g.members.add(m);
        }
    }

    private static FixedMember fixedAt(String country, int groupInCountry, int memberNo) {
        for (FixedMember f : DemoPeople.MEMBERS) {
            if (f.country().equals(country) && f.groupInCountry() == groupInCountry && f.memberNo() == memberNo) {
                return f;
            }
        }
        return null;
    }

    private String nextGeneratedPhone(DemoCountry c) {
        return c.code.equals("IN") ? "+917" + DemoRandom.scramble(inPhoneSerial++, 1_000_000_000L, 9)
                : "+9230" + DemoRandom.scramble(pkPhoneSerial++, 100_000_000L, 8);
    }
}
