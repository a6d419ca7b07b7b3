// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Japanese public holidays, computed from the national holiday law (国民の祝日に関する法律)
 * rather than read from a list, for the years {@value #FIRST_SUPPORTED_YEAR}–{@value #LAST_SUPPORTED_YEAR}.
 *
 * <p>A year's holidays are its 国民の祝日 (article 2, plus the days special laws add or move)
 * and the two kinds of 休日 that article 3 derives from them:
 * <ul>
 *   <li>substitute holiday (振替休日, article 3(2)): when a 国民の祝日 falls on a Sunday, the
 *       nearest following day that is not a 国民の祝日 is a holiday;</li>
 *   <li>citizens' holiday (国民の休日, article 3(3)): a day that is not a 国民の祝日 but whose
 *       previous and next days both are. Before 2007 the law excluded Sundays and substitute
 *       holidays here; Saturdays were never excluded, so 4 May 2002, a Saturday, was one.</li>
 * </ul>
 * Before 2007 the substitute was only ever "the next day"; no Sunday holiday in 2000–2006 was
 * followed by another 国民の祝日, so the current rule gives the same dates for those years.
 *
 * <p>Each year is computed once and cached, so lookups on a hot path cost a map access. All
 * methods are thread-safe.
 */
public final class JapaneseHolidays {

    /** The first year supported: from 2000 the Happy Monday rules apply. */
    public static final int FIRST_SUPPORTED_YEAR = 2000;
    /** The last year supported: the equinox formula is not valid after 2099. */
    public static final int LAST_SUPPORTED_YEAR = Equinoxes.LAST_VALID_YEAR;

    private static final ConcurrentMap<Integer, HolidayYear> CACHE = new ConcurrentHashMap<>();

    private JapaneseHolidays() {
    }

    /**
     * Tells whether a date is a public holiday (national, substitute, citizens' or by special law).
     *
     * @param date the date to test
     * @return {@code true} if {@code date} is a public holiday; weekends alone are not holidays
     * @throws NullPointerException     if {@code date} is {@code null}
     * @throws IllegalArgumentException if the year of {@code date} is outside the supported range
     */
    public static boolean isHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        return year(date.getYear()).byDate().containsKey(date);
    }

    /**
     * Looks up the holiday on a date.
     *
     * @param date the date to look up
     * @return the holiday on {@code date}, or empty if it is not a public holiday
     * @throws NullPointerException     if {@code date} is {@code null}
     * @throws IllegalArgumentException if the year of {@code date} is outside the supported range
     */
    public static Optional<Holiday> holiday(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        return Optional.ofNullable(year(date.getYear()).byDate().get(date));
    }

    /**
     * Lists the public holidays of a year.
     *
     * @param year the year, {@value #FIRST_SUPPORTED_YEAR}–{@value #LAST_SUPPORTED_YEAR}
     * @return the year's holidays in date order, as an unmodifiable list
     * @throws IllegalArgumentException if {@code year} is outside the supported range
     */
    public static List<Holiday> holidaysIn(int year) {
        return year(year).inOrder();
    }

    private static HolidayYear year(int year) {
        if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside the supported range "
                    + FIRST_SUPPORTED_YEAR + "-" + LAST_SUPPORTED_YEAR);
        }
        return CACHE.computeIfAbsent(year, JapaneseHolidays::compute);
    }

    private static HolidayYear compute(int year) {
        NavigableMap<LocalDate, HolidayName> national = StatutoryHolidays.of(year);
        NavigableMap<LocalDate, HolidayName> all = new TreeMap<>(national);
        for (LocalDate day : national.keySet()) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate substitute = day.plusDays(1);
                while (national.containsKey(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                StatutoryHolidays.put(all, substitute, HolidayName.SUBSTITUTE_HOLIDAY);
            }
        }
        // Only 元日 lies near a year boundary and 31 December is never a 国民の祝日, so looking
        // within the year is enough for both article 3 rules. Sundays stay excluded as before
        // 2007: since then no Sunday can lie between two 国民の祝日, so this changes nothing.
        for (LocalDate day : national.keySet()) {
            LocalDate between = day.plusDays(1);
            if (!all.containsKey(between) && national.containsKey(between.plusDays(1))
                    && between.getDayOfWeek() != DayOfWeek.SUNDAY) {
                StatutoryHolidays.put(all, between, HolidayName.CITIZENS_HOLIDAY);
            }
        }
        Map<LocalDate, Holiday> byDate = new LinkedHashMap<>();
        all.forEach((date, name) -> byDate.put(date, name.on(date)));
        return new HolidayYear(Collections.unmodifiableMap(byDate), List.copyOf(byDate.values()));
    }

    /** One cached year: the map serves lookups, the list is handed out as is by holidaysIn. */
    private record HolidayYear(Map<LocalDate, Holiday> byDate, List<Holiday> inOrder) {
    }
}
