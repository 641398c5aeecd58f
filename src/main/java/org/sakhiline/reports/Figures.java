package org.sakhiline.reports;

/** A report's numbers for one line; lines add up (a VO's figures are the sum of its SHGs'). */
public interface Figures<F extends Figures<F>> {

    F plus(F other);

    /** {@code part} as a share of {@code whole} in basis points (10,000 = 100%), 0 when the whole is 0. */
    static int basisPoints(long part, long whole) {
        return whole <= 0 ? 0 : (int) Math.round(part * 10_000.0 / whole);
    }
}
