// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessDayCalendarTest {

    private static final BusinessDayCalendar JAPAN = BusinessDayCalendar.japan();
    private static final BusinessDayCalendar WITH_YEAR_END =
            JAPAN.withClosure(MonthDay.of(12, 29), MonthDay.of(1, 3));

    @Test
    void fridayReceiptIsDueNextWednesday() {
        LocalDate friday = LocalDate.of(2025, 6, 6);
        assertThat(friday.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(JAPAN.reportDueBy(friday)).isEqualTo(LocalDate.of(2025, 6, 11));
    }

    @Test
    void receiptAt2330UtcCountsAsNextDayInTokyo() {
        // Thursday 23:30 UTC is Friday 08:30 in Tokyo: counting starts after Friday, not Thursday.
        OffsetDateTime thursdayNightUtc = OffsetDateTime.of(2025, 6, 5, 23, 30, 0, 0, ZoneOffset.UTC);
        assertThat(JAPAN.reportDueBy(thursdayNightUtc)).isEqualTo(LocalDate.of(2025, 6, 11));
        assertThat(JAPAN.reportDueBy(thursdayNightUtc.atZoneSameInstant(ZoneId.of("America/New_York"))))
                .isEqualTo(LocalDate.of(2025, 6, 11));
    }

    @Test
    void receiptTimeIsConvertedToTheConfiguredZone() {
        BusinessDayCalendar utc = JAPAN.withZone(ZoneOffset.UTC);
        ZonedDateTime thursdayNightUtc = ZonedDateTime.of(2025, 6, 5, 23, 30, 0, 0, ZoneOffset.UTC);
        assertThat(utc.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(utc.reportDueBy(thursdayNightUtc)).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(JAPAN.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void goldenWeekIsSkipped() {
        // 2025: Sat 3, Sun 4, Mon 5 (Children's Day), Tue 6 (substitute) are all off.
        assertThat(JAPAN.reportDueBy(LocalDate.of(2025, 5, 2))).isEqualTo(LocalDate.of(2025, 5, 9));
        // 2026: Friday 1 May is a business day, then 2-6 May are off.
        assertThat(JAPAN.addBusinessDays(LocalDate.of(2026, 4, 30), 1)).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(JAPAN.addBusinessDays(LocalDate.of(2026, 4, 30), 2)).isEqualTo(LocalDate.of(2026, 5, 7));
    }

    @Test
    void yearEndClosureDefersTheDueDateIntoJanuary() {
        LocalDate friday = LocalDate.of(2025, 12, 26);
        assertThat(WITH_YEAR_END.reportDueBy(friday)).isEqualTo(LocalDate.of(2026, 1, 7));
        assertThat(JAPAN.reportDueBy(friday)).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void withoutClosuresNewYearsEveOnAWeekdayIsABusinessDay() {
        assertThat(LocalDate.of(2025, 12, 31).getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(JAPAN.isBusinessDay(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(WITH_YEAR_END.isBusinessDay(LocalDate.of(2025, 12, 31))).isFalse();
    }

    @Test
    void wrappingClosureCoversBothEndsOfTheYearOnly() {
        assertThat(WITH_YEAR_END.isBusinessDay(LocalDate.of(2025, 12, 26))).isTrue();
        assertThat(WITH_YEAR_END.isBusinessDay(LocalDate.of(2025, 12, 29))).isFalse();
        assertThat(WITH_YEAR_END.isBusinessDay(LocalDate.of(2024, 1, 3))).isFalse();
        assertThat(WITH_YEAR_END.isBusinessDay(LocalDate.of(2024, 1, 4))).isTrue();
    }

    @Test
    void nonWrappingClosureCoversOnlyItsRange() {
        BusinessDayCalendar obon = JAPAN.withClosure(MonthDay.of(8, 13), MonthDay.of(8, 15));
        assertThat(obon.isBusinessDay(LocalDate.of(2025, 8, 12))).isTrue();
        assertThat(obon.isBusinessDay(LocalDate.of(2025, 8, 13))).isFalse();
        assertThat(obon.isBusinessDay(LocalDate.of(2025, 8, 15))).isFalse();
        assertThat(obon.isBusinessDay(LocalDate.of(2025, 8, 18))).isTrue();
    }

    @Test
    void singleClosureDatesAddUp() {
        BusinessDayCalendar closed = JAPAN.withClosures(Set.of(LocalDate.of(2025, 6, 9)))
                .withClosures(Set.of(LocalDate.of(2025, 6, 10)));
        assertThat(closed.reportDueBy(LocalDate.of(2025, 6, 6))).isEqualTo(LocalDate.of(2025, 6, 13));
    }

    @Test
    void configuringClosuresLeavesTheOriginalCalendarUnchanged() {
        JAPAN.withClosures(Set.of(LocalDate.of(2025, 6, 9)));
        assertThat(JAPAN.isBusinessDay(LocalDate.of(2025, 6, 9))).isTrue();
        assertThat(BusinessDayCalendar.japan().isBusinessDay(LocalDate.of(2025, 12, 30))).isTrue();
    }

    @Test
    void closureSetIsCopiedNotKept() {
        Set<LocalDate> dates = new HashSet<>();
        BusinessDayCalendar calendar = JAPAN.withClosures(dates);
        dates.add(LocalDate.of(2025, 6, 9));
        assertThat(calendar.isBusinessDay(LocalDate.of(2025, 6, 9))).isTrue();
    }

    @Test
    void weekendsAndHolidaysAreNotBusinessDays() {
        assertThat(JAPAN.isBusinessDay(LocalDate.of(2025, 6, 7))).isFalse();
        assertThat(JAPAN.isBusinessDay(LocalDate.of(2025, 6, 8))).isFalse();
        assertThat(JAPAN.isBusinessDay(LocalDate.of(2025, 11, 24))).isFalse();
        assertThat(JAPAN.isBusinessDay(LocalDate.of(2025, 11, 25))).isTrue();
    }

    @Test
    void countingStartsOnTheDayAfterStartEvenFromAWeekend() {
        assertThat(JAPAN.addBusinessDays(LocalDate.of(2025, 6, 7), 1)).isEqualTo(LocalDate.of(2025, 6, 9));
        assertThat(JAPAN.addBusinessDays(LocalDate.of(2025, 6, 9), 1)).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(JAPAN.addBusinessDays(LocalDate.of(2025, 6, 8), 0)).isEqualTo(LocalDate.of(2025, 6, 8));
    }

    @Test
    void negativeDayCountIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JAPAN.addBusinessDays(LocalDate.of(2025, 6, 6), -1))
                .withMessageContaining("-1");
    }

    @Test
    void nullArgumentsAreRejectedByName() {
        assertThatNullPointerException().isThrownBy(() -> JAPAN.addBusinessDays(null, 1)).withMessageContaining("start");
        assertThatNullPointerException().isThrownBy(() -> JAPAN.isBusinessDay(null)).withMessageContaining("date");
        assertThatNullPointerException().isThrownBy(() -> JAPAN.reportDueBy((LocalDate) null))
                .withMessageContaining("receivedOn");
        assertThatNullPointerException().isThrownBy(() -> JAPAN.reportDueBy((ZonedDateTime) null))
                .withMessageContaining("receivedAt");
        assertThatNullPointerException().isThrownBy(() -> JAPAN.reportDueBy((OffsetDateTime) null))
                .withMessageContaining("receivedAt");
        assertThatNullPointerException().isThrownBy(() -> JAPAN.withZone(null)).withMessageContaining("zone");
        assertThatNullPointerException().isThrownBy(() -> JAPAN.withClosure(null, MonthDay.of(1, 3)))
                .withMessageContaining("start");
        assertThatNullPointerException().isThrownBy(() -> JAPAN.withClosure(MonthDay.of(12, 29), null))
                .withMessageContaining("end");
        assertThatNullPointerException().isThrownBy(() -> JAPAN.withClosures(null)).withMessageContaining("dates");
        Set<LocalDate> withNull = new HashSet<>();
        withNull.add(null);
        assertThatNullPointerException().isThrownBy(() -> JAPAN.withClosures(withNull)).withMessageContaining("null");
    }

    @Test
    void datesOutsideTheSupportedYearsAreRejectedEvenOnWeekends() {
        assertThatIllegalArgumentException().isThrownBy(() -> JAPAN.isBusinessDay(LocalDate.of(2100, 1, 4)))
                .withMessageContaining("2100");
        assertThatIllegalArgumentException().isThrownBy(() -> JAPAN.isBusinessDay(LocalDate.of(2100, 1, 2)))
                .withMessageContaining("2100");
        assertThatIllegalArgumentException().isThrownBy(() -> JAPAN.reportDueBy(LocalDate.of(2099, 12, 30)))
                .withMessageContaining("2100");
    }

    @Test
    void closuresCoveringTheWholeYearFailInsteadOfLoopingForever() {
        BusinessDayCalendar alwaysClosed = JAPAN.withClosure(MonthDay.of(1, 1), MonthDay.of(12, 31));
        assertThatIllegalStateException().isThrownBy(() -> alwaysClosed.addBusinessDays(LocalDate.of(2025, 6, 6), 1))
                .withMessageContaining("no business day");
    }
}
