// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * Business days in Japan: every day except Saturdays, Sundays, Japanese public holidays (see
 * {@link JapaneseHolidays}) and any closure days the organisation configures. Immutable and
 * thread-safe; the {@code with...} methods return modified copies.
 *
 * <p>Dates are supported for the years {@value JapaneseHolidays#FIRST_SUPPORTED_YEAR}–{@value
 * JapaneseHolidays#LAST_SUPPORTED_YEAR}; methods that need a date outside that range throw
 * {@link IllegalArgumentException}.
 */
public final class BusinessDayCalendar {

    /**
     * Business days within which a received complaint is to be reported to the organisation.
     * Source: JHA counter service press release of 2024-09-02, which sets reporting to the
     * organisation within 3 business days of receipt.
     */
    public static final int REPORT_DAYS = 3;

    /** The zone in which receipt times are turned into dates unless configured otherwise. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Tokyo");

    /** A guard against closures that leave no business day at all, which would loop for ever. */
    private static final int MAX_CONSECUTIVE_CLOSED_DAYS = 366;

    private static final BusinessDayCalendar JAPAN = new BusinessDayCalendar(DEFAULT_ZONE, Closures.NONE);

    private final ZoneId zone;
    private final Closures closures;

    private BusinessDayCalendar(ZoneId zone, Closures closures) {
        this.zone = zone;
        this.closures = closures;
    }

    /**
     * @return the default calendar: weekends and national holidays only, no closures, zone
     *         Asia/Tokyo
     */
    public static BusinessDayCalendar japan() {
        return JAPAN;
    }

    /** @return the zone in which receipt times are converted to dates */
    public ZoneId zone() {
        return zone;
    }

    /**
     * @param newZone the zone in which receipt times are converted to dates
     * @return a copy of this calendar using {@code newZone}
     * @throws NullPointerException if {@code newZone} is {@code null}
     */
    public BusinessDayCalendar withZone(ZoneId newZone) {
        return new BusinessDayCalendar(Objects.requireNonNull(newZone, "zone must not be null"), closures);
    }

    /**
     * @param dates single dates on which the organisation is closed, in addition to any
     *              closures already configured
     * @return a copy of this calendar that also treats {@code dates} as non-business days
     * @throws NullPointerException if {@code dates} or any of its elements is {@code null}
     */
    public BusinessDayCalendar withClosures(Set<LocalDate> dates) {
        return new BusinessDayCalendar(zone, closures.withDates(dates));
    }

    /**
     * @param from the first closed day of each year, inclusive
     * @param to   the last closed day, inclusive; if it is before {@code from} the range wraps
     *             over the new year, as in the customary year-end break 12-29..01-03
     * @return a copy of this calendar that is also closed on that range every year
     * @throws NullPointerException if either argument is {@code null}
     */
    public BusinessDayCalendar withClosure(MonthDay from, MonthDay to) {
        return new BusinessDayCalendar(zone, closures.withRange(from, to));
    }

    /**
     * @param date the date to test
     * @return {@code true} unless {@code date} is a weekend, a public holiday or a closure day
     * @throws NullPointerException     if {@code date} is {@code null}
     * @throws IllegalArgumentException if the year of {@code date} is not supported
     */
    public boolean isBusinessDay(LocalDate date) {
        // Holidays first: it validates the year even for weekend dates, so support does not
        // depend on the day of the week.
        return !JapaneseHolidays.isHoliday(date)
                && date.getDayOfWeek() != DayOfWeek.SATURDAY
                && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !closures.contains(date);
    }

    /**
     * Counts business days forward. The start day itself is never counted, whether or not it is
     * a business day: with {@code n = 1} the result is the first business day after {@code start}.
     *
     * @param start the day to count from
     * @param n     how many business days to add, {@code >= 0}
     * @return the {@code n}-th business day after {@code start}, or {@code start} if {@code n == 0}
     * @throws NullPointerException     if {@code start} is {@code null}
     * @throws IllegalArgumentException if {@code n} is negative or a date outside the supported
     *                                  years is reached
     * @throws IllegalStateException    if the closures leave no business day for a whole year
     */
    public LocalDate addBusinessDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start must not be null");
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        LocalDate day = start;
        for (int counted = 0, closedRun = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
                closedRun = 0;
            } else if (++closedRun > MAX_CONSECUTIVE_CLOSED_DAYS) {
                throw new IllegalStateException("no business day in the " + MAX_CONSECUTIVE_CLOSED_DAYS
                        + " days before " + day + "; check the closures: " + closures);
            }
        }
        return day;
    }

    /**
     * @param receivedOn the date, in this calendar's zone, on which the complaint was received
     * @return the last day for reporting it: {@value #REPORT_DAYS} business days after receipt
     * @throws NullPointerException     if {@code receivedOn} is {@code null}
     * @throws IllegalArgumentException if a date outside the supported years is reached
     */
    public LocalDate reportDueBy(LocalDate receivedOn) {
        return addBusinessDays(Objects.requireNonNull(receivedOn, "receivedOn must not be null"), REPORT_DAYS);
    }

    /**
     * @param receivedAt when the complaint was received, in any zone; it is converted to this
     *                   calendar's zone before the date is taken
     * @return the last day for reporting it, as for {@link #reportDueBy(LocalDate)}
     * @throws NullPointerException     if {@code receivedAt} is {@code null}
     * @throws IllegalArgumentException if a date outside the supported years is reached
     */
    public LocalDate reportDueBy(ZonedDateTime receivedAt) {
        Objects.requireNonNull(receivedAt, "receivedAt must not be null");
        return reportDueBy(receivedAt.withZoneSameInstant(zone).toLocalDate());
    }

    /**
     * @param receivedAt when the complaint was received, at any offset; it is converted to this
     *                   calendar's zone before the date is taken
     * @return the last day for reporting it, as for {@link #reportDueBy(LocalDate)}
     * @throws NullPointerException     if {@code receivedAt} is {@code null}
     * @throws IllegalArgumentException if a date outside the supported years is reached
     */
    public LocalDate reportDueBy(OffsetDateTime receivedAt) {
        Objects.requireNonNull(receivedAt, "receivedAt must not be null");
        return reportDueBy(receivedAt.atZoneSameInstant(zone).toLocalDate());
    }

    /** @return a description of the zone and closures, for logs and test failures */
    @Override
    public String toString() {
        return "BusinessDayCalendar[zone=" + zone + ", " + closures + "]";
    }
}
