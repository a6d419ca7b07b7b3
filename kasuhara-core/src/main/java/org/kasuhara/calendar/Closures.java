// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An organisation's own closure days, on top of weekends and public holidays: single dates and
 * yearly ranges of month-days. Immutable; every {@code with...} method returns a new instance.
 */
final class Closures {

    static final Closures NONE = new Closures(Set.of(), List.of());

    private final Set<LocalDate> dates;
    private final List<AnnualRange> ranges;

    private Closures(Set<LocalDate> dates, List<AnnualRange> ranges) {
        this.dates = dates;
        this.ranges = ranges;
    }

    /**
     * @param extra dates to close in addition to the current ones
     * @return closures including {@code extra}
     * @throws NullPointerException if {@code extra} or any of its elements is {@code null}
     */
    Closures withDates(Set<LocalDate> extra) {
        Objects.requireNonNull(extra, "closure dates must not be null");
        Set<LocalDate> union = new HashSet<>(dates);
        for (LocalDate date : extra) {
            union.add(Objects.requireNonNull(date, "closure dates must not contain null"));
        }
        return new Closures(Set.copyOf(union), ranges);
    }

    /**
     * @param from first closed month-day, inclusive
     * @param to   last closed month-day, inclusive; before {@code from} means the range wraps
     *             over the new year
     * @return closures including the range
     * @throws NullPointerException if either argument is {@code null}
     */
    Closures withRange(MonthDay from, MonthDay to) {
        List<AnnualRange> more = new ArrayList<>(ranges);
        more.add(new AnnualRange(Objects.requireNonNull(from, "closure start must not be null"),
                Objects.requireNonNull(to, "closure end must not be null")));
        return new Closures(dates, List.copyOf(more));
    }

    /**
     * @param date a date
     * @return {@code true} if the organisation is closed on {@code date}
     */
    boolean contains(LocalDate date) {
        if (dates.contains(date)) {
            return true;
        }
        MonthDay monthDay = MonthDay.from(date);
        return ranges.stream().anyMatch(range -> range.contains(monthDay));
    }

    @Override
    public String toString() {
        return "dates=" + dates + ", ranges=" + ranges;
    }

    /** A yearly range such as 12-29..01-03; when {@code to} is before {@code from} it wraps. */
    private record AnnualRange(MonthDay from, MonthDay to) {

        boolean contains(MonthDay day) {
            if (!from.isAfter(to)) {
                return !day.isBefore(from) && !day.isAfter(to);
            }
            return !day.isBefore(from) || !day.isAfter(to);
        }

        @Override
        public String toString() {
            return from + ".." + to;
        }
    }
}
