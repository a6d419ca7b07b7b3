// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;
import static org.kasuhara.calendar.HolidayName.*;

import java.time.LocalDate;
import java.time.Month;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The 「国民の祝日」 of one year: article 2 of the national holiday law (国民の祝日に関する法律)
 * as it stood in that year, plus the days that special laws move or add (see
 * {@link SpecialMeasures}). Substitute and citizens' holidays (article 3) are derived from this
 * set by {@link JapaneseHolidays}; they are not 国民の祝日 themselves, which matters because
 * article 3 only looks at 国民の祝日.
 *
 * <p>Amendments reflected, for the years 2000 onwards:
 * <ul>
 *   <li>2000: Coming of Age Day and 体育の日 move to the 2nd Monday (first Happy Monday law);</li>
 *   <li>2003: Marine Day and Respect for the Aged Day move to the 3rd Monday (second law);</li>
 *   <li>2007: 29 April becomes Showa Day and Greenery Day moves to 4 May;</li>
 *   <li>2016: Mountain Day on 11 August;</li>
 *   <li>2019: the Emperor's Birthday moves from 23 December to 23 February, effective
 *       30 April 2019, so 2019 has none (皇室典範特例法 附則);</li>
 *   <li>2020: 体育の日 is renamed スポーツの日.</li>
 * </ul>
 */
final class StatutoryHolidays {

    private StatutoryHolidays() {
    }

    /**
     * @param year a year in 2000–2099 (the caller validates the range)
     * @return the year's 国民の祝日, ordered by date
     */
    static NavigableMap<LocalDate, HolidayName> of(int year) {
        NavigableMap<LocalDate, HolidayName> days = new TreeMap<>();
        put(days, on(year, 1, 1), NEW_YEARS_DAY);
        put(days, nthMonday(year, Month.JANUARY, 2), COMING_OF_AGE_DAY);
        put(days, on(year, 2, 11), NATIONAL_FOUNDATION_DAY);
        if (year >= 2020) {
            put(days, on(year, 2, 23), EMPERORS_BIRTHDAY);
        } else if (year <= 2018) {
            put(days, on(year, 12, 23), EMPERORS_BIRTHDAY);
        }
        put(days, Equinoxes.vernal(year), VERNAL_EQUINOX_DAY);
        put(days, on(year, 4, 29), year >= 2007 ? SHOWA_DAY : GREENERY_DAY);
        put(days, on(year, 5, 3), CONSTITUTION_MEMORIAL_DAY);
        if (year >= 2007) {
            put(days, on(year, 5, 4), GREENERY_DAY);
        }
        put(days, on(year, 5, 5), CHILDRENS_DAY);
        put(days, year >= 2003 ? nthMonday(year, Month.JULY, 3) : on(year, 7, 20), MARINE_DAY);
        if (year >= 2016) {
            put(days, on(year, 8, 11), MOUNTAIN_DAY);
        }
        put(days, year >= 2003 ? nthMonday(year, Month.SEPTEMBER, 3) : on(year, 9, 15),
                RESPECT_FOR_THE_AGED_DAY);
        put(days, Equinoxes.autumnal(year), AUTUMNAL_EQUINOX_DAY);
        put(days, nthMonday(year, Month.OCTOBER, 2), year >= 2020 ? SPORTS_DAY : HEALTH_AND_SPORTS_DAY);
        put(days, on(year, 11, 3), CULTURE_DAY);
        put(days, on(year, 11, 23), LABOUR_THANKSGIVING_DAY);
        SpecialMeasures.apply(year, days);
        return days;
    }

    /**
     * Adds a holiday, refusing to overwrite another: two holidays on one date would mean a rule
     * above is wrong, and silently keeping only one would hide that.
     */
    static void put(NavigableMap<LocalDate, HolidayName> days, LocalDate date, HolidayName name) {
        HolidayName previous = days.putIfAbsent(date, name);
        if (previous != null) {
            throw new IllegalStateException(date + " would be both " + previous + " and " + name);
        }
    }

    private static LocalDate on(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(dayOfWeekInMonth(n, MONDAY));
    }
}
