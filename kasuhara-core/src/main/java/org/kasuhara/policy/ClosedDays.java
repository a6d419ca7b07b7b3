// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.policy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The days an organisation is closed besides weekends and Japan's public holidays (年末年始, お盆): report due dates
 * skip them. Written in {@code policy.yaml} as {@code closures:}, a list of dates ({@code 2026-08-13}), date ranges
 * ({@code 2026-12-29..2027-01-03}, at most 366 days) and ranges that recur every year ({@code 12-29..01-03}).
 *
 * @param dates  single closed dates, ranges expanded
 * @param annual ranges closed every year
 */
public record ClosedDays(Set<LocalDate> dates, List<Annual> annual) {
    /** No closures. */
    public static final ClosedDays NONE = new ClosedDays(Set.of(), List.of());

    /** Copies the collections. */
    public ClosedDays {
        dates = Set.copyOf(dates);
        annual = List.copyOf(annual);
    }

    /**
     * A range closed every year; it may run over the new year.
     *
     * @param from the first closed day
     * @param to   the last closed day
     */
    public record Annual(MonthDay from, MonthDay to) {
        /** Checks the fields. */
        public Annual {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** @return whether there is no closure at all */
    public boolean isEmpty() {
        return dates.isEmpty() && annual.isEmpty();
    }

    /**
     * @param entry one entry of {@code closures:}
     * @return these closures and that entry
     * @throws IllegalArgumentException naming what is wrong with the entry
     */
    public ClosedDays with(String entry) {
        String text = Objects.requireNonNull(entry, "entry").strip();
        String[] ends = text.split("\\.\\.", -1);
        if (ends.length > 2 || ends[0].isEmpty()) {
            throw new IllegalArgumentException("expected a date (2026-08-13), a range (2026-12-29..2027-01-03) or a"
                    + " yearly range (12-29..01-03), was \"" + text + "\"");
        }
        try {
            if (ends[0].length() == 5) {
                MonthDay from = MonthDay.parse("--" + ends[0]);
                MonthDay to = ends.length == 1 ? from : MonthDay.parse("--" + ends[1]);
                List<Annual> more = new ArrayList<>(annual);
                more.add(new Annual(from, to));
                return new ClosedDays(dates, more);
            }
            LocalDate from = LocalDate.parse(ends[0]);
            LocalDate to = ends.length == 1 ? from : LocalDate.parse(ends[1]);
            if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
                throw new IllegalArgumentException("the range must run forwards over at most 366 days, was \""
                        + text + "\"");
            }
            Set<LocalDate> more = new HashSet<>(dates);
            from.datesUntil(to.plusDays(1)).forEach(more::add);
            return new ClosedDays(more, annual);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected a date (2026-08-13), a range (2026-12-29..2027-01-03) or a"
                    + " yearly range (12-29..01-03), was \"" + text + "\"", e);
        }
    }
}
