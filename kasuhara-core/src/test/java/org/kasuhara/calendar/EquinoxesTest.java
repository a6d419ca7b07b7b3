// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EquinoxesTest {

    @Test
    void equinoxOf2025FallsOnMarch20() {
        assertThat(Equinoxes.vernal(2025)).isEqualTo(LocalDate.of(2025, 3, 20));
    }

    @Test
    void autumnalEquinoxOf2024FallsOnSeptember22() {
        assertThat(Equinoxes.autumnal(2024)).isEqualTo(LocalDate.of(2024, 9, 22));
    }

    /** Dates announced in the Official Gazette, chosen where the day changes from year to year. */
    @ParameterizedTest
    @CsvSource({
        "2010, 2010-03-21, 2010-09-23",
        "2012, 2012-03-20, 2012-09-22",
        "2019, 2019-03-21, 2019-09-23",
        "2020, 2020-03-20, 2020-09-22",
        "2022, 2022-03-21, 2022-09-23",
        "2027, 2027-03-21, 2027-09-23",
    })
    void formulaAgreesWithAnnouncedEquinoxes(int year, LocalDate vernal, LocalDate autumnal) {
        assertThat(Equinoxes.vernal(year)).isEqualTo(vernal);
        assertThat(Equinoxes.autumnal(year)).isEqualTo(autumnal);
    }

    @Test
    void vernalEquinoxFallsOnMarch19In2092And2096() {
        // By hand: 2092 gives 20.8431 + 27.125728 - 28 = 19.97; 2096 gives 19.94.
        assertThat(Equinoxes.vernal(2092)).isEqualTo(LocalDate.of(2092, 3, 19));
        assertThat(Equinoxes.vernal(2096)).isEqualTo(LocalDate.of(2096, 3, 19));
        assertThat(Equinoxes.vernal(2095)).isEqualTo(LocalDate.of(2095, 3, 20));
    }

    @Test
    void formulaRejectsYearsOutsideItsValidRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> Equinoxes.vernal(1979))
                .withMessageContaining("1979");
        assertThatIllegalArgumentException().isThrownBy(() -> Equinoxes.autumnal(2100))
                .withMessageContaining("2100");
    }
}
