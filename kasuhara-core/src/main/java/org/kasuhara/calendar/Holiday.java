// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One Japanese public holiday: a national holiday (国民の祝日), a substitute holiday (振替休日),
 * a citizens' holiday (国民の休日) or a day made a holiday by special law.
 *
 * @param date   the calendar date of the holiday
 * @param nameJa the Japanese name, for example {@code "春分の日"}
 * @param nameEn the English name, for example {@code "Vernal Equinox Day"}
 */
public record Holiday(LocalDate date, String nameJa, String nameEn) {

    /**
     * Validates the components.
     *
     * @param date   the calendar date of the holiday
     * @param nameJa the Japanese name
     * @param nameEn the English name
     * @throws NullPointerException     if any argument is {@code null}
     * @throws IllegalArgumentException if a name is blank
     */
    public Holiday {
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(nameJa, "nameJa must not be null");
        Objects.requireNonNull(nameEn, "nameEn must not be null");
        if (nameJa.isBlank() || nameEn.isBlank()) {
            throw new IllegalArgumentException("holiday names must not be blank, got nameJa='"
                    + nameJa + "', nameEn='" + nameEn + "'");
        }
    }
}
