// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store;

import java.time.Clock;
import java.util.Objects;
import org.kasuhara.calendar.BusinessDayCalendar;

/**
 * What every case store needs besides its storage: the business-day calendar that sets report deadlines (with the
 * organisation's closure days) and the clock that stamps changes.
 *
 * @param calendar the calendar for {@code reportDueBy}; its zone also decides the month of a receipt
 * @param clock    the clock for storedAt, assessedAt, reportedAt, closedAt and the audit log
 */
public record StoreOptions(BusinessDayCalendar calendar, Clock clock) {
    /** Checks the fields. */
    public StoreOptions {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(clock, "clock");
    }

    /** @return the Japanese calendar without closures and the system clock */
    public static StoreOptions defaults() {
        return new StoreOptions(BusinessDayCalendar.japan(), Clock.systemUTC());
    }

    /**
     * @param value the calendar to use
     * @return a copy with that calendar
     * @throws NullPointerException if {@code value} is {@code null}
     */
    public StoreOptions withCalendar(BusinessDayCalendar value) {
        return new StoreOptions(value, clock);
    }

    /**
     * @param value the clock to use
     * @return a copy with that clock
     * @throws NullPointerException if {@code value} is {@code null}
     */
    public StoreOptions withClock(Clock value) {
        return new StoreOptions(calendar, value);
    }
}
