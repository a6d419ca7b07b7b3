// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calendar;

import java.time.LocalDate;
import java.time.Month;

/**
 * Vernal and autumnal equinox days (春分日・秋分日) from the standard approximation formula.
 *
 * <p>The holiday law does not fix these dates; it names the equinox, and the official date is
 * announced in the Official Gazette (官報) each February for the following year. The widely used
 * approximation below agrees with the announced dates (the tests check 2019–2027), but dates after
 * the last announced year remain predictions, and the formula is only valid for 1980–2099:
 * <pre>
 *   vernal   = floor(20.8431 + 0.242194 * (y - 1980) - floor((y - 1980) / 4))
 *   autumnal = floor(23.2488 + 0.242194 * (y - 1980) - floor((y - 1980) / 4))
 * </pre>
 * The arithmetic is done in millionths of a day with {@code long}s so that no binary
 * floating-point rounding can move a result that lies close to a whole day.
 */
final class Equinoxes {

    static final int FIRST_VALID_YEAR = 1980;
    static final int LAST_VALID_YEAR = 2099;

    private static final long MICROS_PER_DAY = 1_000_000L;
    private static final long VERNAL_BASE = 20_843_100L;
    private static final long AUTUMNAL_BASE = 23_248_800L;
    private static final long DRIFT_PER_YEAR = 242_194L;

    private Equinoxes() {
    }

    /**
     * @param year a year in 1980–2099
     * @return the vernal equinox day of {@code year}, in March
     * @throws IllegalArgumentException if the formula is not valid for {@code year}
     */
    static LocalDate vernal(int year) {
        return LocalDate.of(year, Month.MARCH, dayOfMonth(year, VERNAL_BASE));
    }

    /**
     * @param year a year in 1980–2099
     * @return the autumnal equinox day of {@code year}, in September
     * @throws IllegalArgumentException if the formula is not valid for {@code year}
     */
    static LocalDate autumnal(int year) {
        return LocalDate.of(year, Month.SEPTEMBER, dayOfMonth(year, AUTUMNAL_BASE));
    }

    private static int dayOfMonth(int year, long base) {
        if (year < FIRST_VALID_YEAR || year > LAST_VALID_YEAR) {
            throw new IllegalArgumentException("equinox formula is only valid for "
                    + FIRST_VALID_YEAR + "-" + LAST_VALID_YEAR + ", got year " + year);
        }
        int elapsed = year - FIRST_VALID_YEAR;
        // elapsed / 4 is the leap-year correction; elapsed >= 0 so integer division is floor.
        long micros = base + DRIFT_PER_YEAR * elapsed - (elapsed / 4) * MICROS_PER_DAY;
        return (int) (micros / MICROS_PER_DAY);
    }
}
