package org.sakhiline.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a deterministic SHG ledger — federations, groups, members, a year of savings, loans with
 * repayments, meetings and staff — and streams it row by row into a {@link RowSink}. Same settings,
 * same rows: every random choice comes from a {@link SplittableRandom} seeded from (seed, purpose, index)
 * ({@link DemoRandom}), so the first groups do not change when the member count does. Memory stays
 * proportional to the member count, not to the number of transactions.
 *
 * <p>This class lays out the countries and the order of the work; its parts write the rows:
 * {@link DemoFederations} (the tree, groups and staff), {@link DemoMembers} (members and phones),
 * {@link DemoMeetingsAndSavings} (a group's year) and {@link DemoLoans}. Ids are assigned as rows are made
 * ({@link DemoRows}, from {@link IdStart}), so a loader needs no round trip per row.
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

        /** The first day of the year of history. */
        LocalDate historyStart() {
            return anchorDate.minusWeeks(HISTORY_WEEKS);
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

    private final Settings settings;
    private final IdStart ids;
    private final PinHashFunction pinHasher;

    public DemoDataGenerator(Settings settings, IdStart ids, PinHashFunction pinHasher) {
        this.settings = settings;
        this.ids = ids;
        this.pinHasher = pinHasher;
    }

    /** Streams the whole data set into {@code sink}. */
    public void generate(RowSink sink) {
        DemoRows rows = new DemoRows(sink, settings.seed(), ids);
        DemoFederations federations = new DemoFederations(rows, settings, pinHasher);
        DemoMembers members = new DemoMembers(rows, settings, pinHasher);
        DemoMeetingsAndSavings year = new DemoMeetingsAndSavings(rows, settings);
        DemoLoans loans = new DemoLoans(rows, settings);

        int total = settings.members();
        int groupCount = Math.max(20, (int) Math.round(total / 14.0));
        DemoCountry india = new DemoCountry("IN", KOLKATA, new String[] {"hi", "bn", "as", "mni", "hi", "bn"},
                new String[] {"hi", "bn", "as", "mni"});
        DemoCountry pakistan = new DemoCountry("PK", KARACHI, new String[] {"ur", "sd", "sd"},
                new String[] {"ur", "sd"});
        india.groups = (int) Math.round(groupCount * 0.6);
        pakistan.groups = groupCount - india.groups;

        int[] sizes = groupSizes(total, groupCount);
        List<DemoGroup> groups = new ArrayList<>(groupCount);
        federations.createTree(india, groups, sizes, 0);
        federations.createTree(pakistan, groups, sizes, india.groups);
        federations.createStaff(india);
        federations.createStaff(pakistan);
        rows.checkpoint();
        for (DemoGroup g : groups) {
            members.create(g);
            g.bankMitraId = federations.bankMitraOf(g.vo.id());
            rows.checkpoint();
        }
        for (DemoGroup g : groups) {
            year.generate(g);
            loans.generate(g);
            g.members.clear(); // the group is written: let it go
            rows.checkpoint();
        }
    }

    private int[] groupSizes(int total, int groupCount) {
        SplittableRandom rnd = DemoRandom.stream(settings.seed(), DemoRandom.GROUP_SIZES, 0);
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

    static String pad(long value, int width) {
        String s = Long.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
