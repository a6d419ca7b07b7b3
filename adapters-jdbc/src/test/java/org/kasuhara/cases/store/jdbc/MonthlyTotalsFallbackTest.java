// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.calendar.BusinessDayCalendar;
import org.kasuhara.cases.store.MonthlyTotals;
import org.kasuhara.cases.store.StoreOptions;
import org.kasuhara.cases.tck.StoreFixtures;
import org.kasuhara.model.Verdict;

/**
 * The aggregate query knows the deadlines of a month and two months after it; a case due later still (a counter
 * closed for a whole season) is totalled by streaming, with the same figures.
 */
class MonthlyTotalsFallbackTest {

    @Test
    void aDeadlineFarAfterTheMonthIsStillCountedRightly(@TempDir Path dir) {
        BusinessDayCalendar closedTillSpring = BusinessDayCalendar.japan().withClosure(MonthDay.of(11, 10),
                MonthDay.of(3, 31));
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T03:00:00Z"), ZoneOffset.UTC);
        try (JdbcCaseStore store = JdbcCaseStore.h2(dir, new StoreOptions(closedTillSpring, clock))) {
            String early = store.intake(StoreFixtures.complaint("F-1", "acme-foods", "2026-11-02T10:00:00+09:00"))
                    .number();
            var late = StoreFixtures.complaint("F-2", "acme-foods", "2026-11-12T10:00:00+09:00");
            String lateReceipt = store.intake(late).number();
            store.addAssessment(lateReceipt, StoreFixtures.assessment(late, Verdict.NEEDS_REVIEW, false, "v"));
            store.markReported(lateReceipt, "counter-7");   // on time: its deadline is in spring
            assertThat(store.find(early).orElseThrow().reportDueBy()).isEqualTo(LocalDate.of(2026, 11, 6)); // 3 Nov is a holiday
            assertThat(closedTillSpring.reportDueBy(OffsetDateTime.parse("2026-11-12T10:00:00+09:00")))
                    .isAfter(LocalDate.of(2027, 1, 31));

            MonthlyTotals totals = store.monthlyTotals(YearMonth.of(2026, 11), null);

            MonthlyTotals.Accumulator streamed = MonthlyTotals.accumulator(YearMonth.of(2026, 11), null,
                    LocalDate.of(2026, 11, 20));
            store.forEachInMonth(YearMonth.of(2026, 11), null, streamed);
            assertThat(totals).isEqualTo(streamed.result());
            assertThat(totals.notReportedOverdue()).isEqualTo(1);
            assertThat(totals.reportedOnTime()).isEqualTo(1);
            assertThat(totals.reportedLate()).isZero();
        }
    }
}
