// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JapaneseHolidaysTest {

    private static String nameJa(int year, int month, int day) {
        return JapaneseHolidays.holiday(LocalDate.of(year, month, day)).map(Holiday::nameJa).orElse("-");
    }

    @Test
    void sundayHolidayIsFollowedBySubstituteHolidayAfterAnyHolidayRun() {
        // 2009-05-03 is a Sunday; 4 and 5 May are holidays themselves, so the substitute is 6 May.
        assertThat(nameJa(2009, 5, 6)).isEqualTo("振替休日");
        assertThat(JapaneseHolidays.holiday(LocalDate.of(2009, 5, 6)))
                .hasValueSatisfying(h -> assertThat(h.nameEn()).isEqualTo("Substitute Holiday"));
    }

    @Test
    void saturdayHolidayGetsNoSubstitute() {
        // 2023-02-11 National Foundation Day is a Saturday; Monday 13 February is a working day.
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2023, 2, 11))).isTrue();
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2023, 2, 13))).isFalse();
    }

    @Test
    void daySandwichedBetweenRespectForTheAgedDayAndEquinoxIsCitizensHoliday() {
        assertThat(nameJa(2015, 9, 22)).isEqualTo("国民の休日");
        assertThat(nameJa(2032, 9, 21)).isEqualTo("国民の休日");
    }

    @Test
    void fourthOfMayWasCitizensHolidayBefore2007EvenOnSaturdayButNotOnSunday() {
        assertThat(nameJa(2002, 5, 4)).isEqualTo("国民の休日");
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2003, 5, 4))).isFalse();
        assertThat(nameJa(2007, 5, 4)).isEqualTo("みどりの日");
        assertThat(nameJa(2006, 4, 29)).isEqualTo("みどりの日");
        assertThat(nameJa(2007, 4, 29)).isEqualTo("昭和の日");
    }

    @Test
    void happyMondayRulesStartIn2000And2003() {
        assertThat(nameJa(2000, 1, 10)).isEqualTo("成人の日");
        assertThat(nameJa(2000, 10, 9)).isEqualTo("体育の日");
        assertThat(nameJa(2002, 7, 20)).isEqualTo("海の日");
        assertThat(nameJa(2002, 9, 15)).isEqualTo("敬老の日");
        assertThat(nameJa(2003, 7, 21)).isEqualTo("海の日");
        assertThat(nameJa(2003, 9, 15)).isEqualTo("敬老の日");
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2003, 7, 20))).isFalse();
    }

    @Test
    void emperorsBirthdayMovesFromDecemberToFebruaryWithNoneIn2019() {
        assertThat(nameJa(2018, 12, 23)).isEqualTo("天皇誕生日");
        assertThat(nameJa(2018, 12, 24)).isEqualTo("振替休日");
        assertThat(JapaneseHolidays.holidaysIn(2019)).extracting(Holiday::nameJa).doesNotContain("天皇誕生日");
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2019, 12, 23))).isFalse();
        assertThat(nameJa(2020, 2, 23)).isEqualTo("天皇誕生日");
    }

    @Test
    void mountainDayStartsIn2016() {
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2015, 8, 11))).isFalse();
        assertThat(nameJa(2016, 8, 11)).isEqualTo("山の日");
    }

    @Test
    void octoberHolidayIsRenamedSportsDayFrom2020() {
        assertThat(JapaneseHolidays.holiday(LocalDate.of(2019, 10, 14)))
                .hasValue(new Holiday(LocalDate.of(2019, 10, 14), "体育の日", "Health and Sports Day"));
        assertThat(JapaneseHolidays.holiday(LocalDate.of(2022, 10, 10)))
                .hasValue(new Holiday(LocalDate.of(2022, 10, 10), "スポーツの日", "Sports Day"));
    }

    @Test
    void enthronementYear2019HasSpecialDaysAndTheCitizensHolidaysTheyCreate() {
        List<String> golden = IntStream.rangeClosed(27, 30).mapToObj(d -> nameJa(2019, 4, d)).toList();
        assertThat(golden).containsExactly("-", "-", "昭和の日", "国民の休日");
        assertThat(nameJa(2019, 5, 1)).isEqualTo("即位の日");
        assertThat(nameJa(2019, 5, 2)).isEqualTo("国民の休日");
        assertThat(nameJa(2019, 5, 6)).isEqualTo("振替休日");
        assertThat(nameJa(2019, 10, 22)).isEqualTo("即位礼正殿の儀の行われる日");
        assertThat(JapaneseHolidays.holidaysIn(2019)).hasSize(22);
        assertThat(JapaneseHolidays.holidaysIn(2020)).extracting(Holiday::date)
                .doesNotContain(LocalDate.of(2020, 5, 1), LocalDate.of(2020, 10, 22));
    }

    @Test
    void olympicYearsMoveMarineSportsAndMountainDaysAndLeaveOctoberEmpty() {
        assertThat(nameJa(2020, 7, 24)).isEqualTo("スポーツの日");
        assertThat(nameJa(2021, 8, 8)).isEqualTo("山の日");
        assertThat(nameJa(2021, 8, 9)).isEqualTo("振替休日");
        for (int year : new int[] {2020, 2021}) {
            assertThat(JapaneseHolidays.holidaysIn(year)).extracting(h -> h.date().getMonth())
                    .as("%d", year).doesNotContain(Month.OCTOBER);
            assertThat(JapaneseHolidays.isHoliday(LocalDate.of(year, 8, 11))).as("%d", year).isFalse();
        }
        assertThat(nameJa(2022, 7, 18)).isEqualTo("海の日");
    }

    @Test
    void ordinaryDayIsNotAHoliday() {
        assertThat(JapaneseHolidays.holiday(LocalDate.of(2025, 6, 10))).isEmpty();
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2025, 6, 10))).isFalse();
        // Weekends are not holidays as such.
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2025, 6, 14))).isFalse();
    }

    @Test
    void everySupportedYearIsComputedInDateOrderWithinTheYear() {
        for (int year = JapaneseHolidays.FIRST_SUPPORTED_YEAR; year <= JapaneseHolidays.LAST_SUPPORTED_YEAR; year++) {
            List<Holiday> holidays = JapaneseHolidays.holidaysIn(year);
            int y = year;
            assertThat(holidays).as("%d", year).hasSizeBetween(15, 22)
                    .allSatisfy(h -> assertThat(h.date().getYear()).isEqualTo(y));
            assertThat(holidays).extracting(Holiday::date).isSorted();
        }
    }

    @Test
    void unsupportedYearsAreRejectedWithTheYearInTheMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> JapaneseHolidays.holidaysIn(1999))
                .withMessageContaining("1999");
        assertThatIllegalArgumentException().isThrownBy(() -> JapaneseHolidays.isHoliday(LocalDate.of(2100, 1, 1)))
                .withMessageContaining("2100");
        assertThatIllegalArgumentException().isThrownBy(() -> JapaneseHolidays.holiday(LocalDate.of(1990, 5, 3)))
                .withMessageContaining("1990");
    }

    @Test
    void nullDateIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> JapaneseHolidays.isHoliday(null))
                .withMessageContaining("date");
        assertThatNullPointerException().isThrownBy(() -> JapaneseHolidays.holiday(null))
                .withMessageContaining("date");
    }

    @Test
    void returnedListCannotBeModified() {
        List<Holiday> holidays = JapaneseHolidays.holidaysIn(2025);
        assertThatThrownBy(holidays::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(JapaneseHolidays.holidaysIn(2025)).hasSize(19);
    }

    @Test
    void concurrentLookupsShareOneCachedListPerYear() {
        List<List<Holiday>> results = IntStream.range(0, 64).parallel()
                .mapToObj(i -> JapaneseHolidays.holidaysIn(2040)).toList();
        assertThat(results).allSatisfy(list -> assertThat(list).isSameAs(results.get(0)));
    }

    @Test
    void holidayRejectsBlankNames() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Holiday(LocalDate.of(2025, 1, 1), " ", "New Year's Day"))
                .withMessageContaining("blank");
        assertThatNullPointerException().isThrownBy(() -> new Holiday(null, "元日", "New Year's Day"));
    }
}
