// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calendar;

import static org.kasuhara.calendar.HolidayName.*;

import java.time.LocalDate;
import java.util.NavigableMap;

/**
 * One-off changes made by laws other than the holiday law. They are listed here, year by year,
 * as explicit exceptions because no rule can compute them.
 *
 * <ul>
 *   <li><b>2019</b> – 天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律
 *       (平成30年法律第99号): 1 May (enthronement) and 22 October (enthronement ceremony) are
 *       holidays and count as 国民の祝日 for article 3 of the holiday law. That is why 30 April
 *       and 2 May 2019 became citizens' holidays.</li>
 *   <li><b>2020</b> – Tokyo Olympic and Paralympic Games Special Measures Act
 *       (平成三十二年東京オリンピック競技大会・東京パラリンピック競技大会特別措置法, 平成27年法律第33号,
 *       as amended in 2018): Marine Day moves to 23 July, Sports Day to 24 July and Mountain
 *       Day to 10 August.</li>
 *   <li><b>2021</b> – the same act as amended in 2020 after the Games were postponed
 *       (renamed 令和三年東京オリンピック競技大会・東京パラリンピック競技大会特別措置法): Marine Day
 *       moves to 22 July, Sports Day to 23 July and Mountain Day to 8 August, a Sunday, so the
 *       ordinary substitute-holiday rule makes 9 August a holiday.</li>
 * </ul>
 */
final class SpecialMeasures {

    private SpecialMeasures() {
    }

    /**
     * Applies the special measures for {@code year}, if any, to its 国民の祝日.
     *
     * @param year the year
     * @param days the year's 国民の祝日 under the holiday law, modified in place
     */
    static void apply(int year, NavigableMap<LocalDate, HolidayName> days) {
        switch (year) {
            case 2019 -> {
                StatutoryHolidays.put(days, LocalDate.of(2019, 5, 1), ENTHRONEMENT_DAY);
                StatutoryHolidays.put(days, LocalDate.of(2019, 10, 22), ENTHRONEMENT_CEREMONY_DAY);
            }
            case 2020 -> {
                move(days, MARINE_DAY, LocalDate.of(2020, 7, 23));
                move(days, SPORTS_DAY, LocalDate.of(2020, 7, 24));
                move(days, MOUNTAIN_DAY, LocalDate.of(2020, 8, 10));
            }
            case 2021 -> {
                move(days, MARINE_DAY, LocalDate.of(2021, 7, 22));
                move(days, SPORTS_DAY, LocalDate.of(2021, 7, 23));
                move(days, MOUNTAIN_DAY, LocalDate.of(2021, 8, 8));
            }
            default -> {
                // No special measures: the holiday law alone applies.
            }
        }
    }

    private static void move(NavigableMap<LocalDate, HolidayName> days, HolidayName name, LocalDate to) {
        if (!days.values().removeIf(name::equals)) {
            throw new IllegalStateException(name + " is not in " + to.getYear() + "'s holidays, cannot move it");
        }
        StatutoryHolidays.put(days, to, name);
    }
}
