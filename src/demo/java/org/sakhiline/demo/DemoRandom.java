package org.sakhiline.demo;

import java.util.SplittableRandom;

/**
 * The generator's randomness: an independent stream per (seed, purpose, index), so the first groups do
 * not change when the member count does, and the draws its parts share.
 */
final class DemoRandom {

    // Purposes: one stream each (per country or per group), never reused for another purpose.
    static final int GROUP_SIZES = 1;
    static final int TREE = 2;
    static final int STAFF = 3;
    static final int MEMBERS = 4;
    static final int MEETINGS_AND_SAVINGS = 5;
    static final int LOANS = 6;

    private DemoRandom() {}

    /** An independent random stream per (purpose, index), derived from the seed. */
    static SplittableRandom stream(long seed, int purpose, long index) {
        long h = seed * 0x9E3779B97F4A7C15L + purpose * 0xC2B2AE3D27D4EB4FL + index * 0x165667B19E3779F9L;
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(h ^ (h >>> 31));
    }

    static byte[] salt(SplittableRandom rnd) {
        byte[] salt = new byte[16];
        for (int i = 0; i < salt.length; i++) {
            salt[i] = (byte) rnd.nextInt(256);
        }
        return salt;
    }

    static String hex(SplittableRandom rnd, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = "0123456789abcdef".charAt(rnd.nextInt(16));
        }
        return new String(chars);
    }

    static String pick(SplittableRandom rnd, String[] options) {
        return options[rnd.nextInt(options.length)];
    }

    /** A bijective scramble of a serial: unique, but not a visibly sequential block of numbers. */
    static String scramble(long serial, long modulus, int digits) {
        long multiplier = 387_420_489L % modulus; // 3^18: coprime with 10^k, so the map is a bijection
        long value = Math.floorMod(serial * multiplier + 123_456_789L, modulus);
        return DemoDataGenerator.pad(value, digits);
    }
}
