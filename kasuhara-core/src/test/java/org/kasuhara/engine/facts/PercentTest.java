// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PercentTest {
    /** Formatter rounds the shortest decimal form half up: 0.0015 is 0.2 %, though the double is just under it. */
    @Test
    void writesWhatStringFormatWrites() {
        SplittableRandom random = new SplittableRandom(20261205);
        for (int i = 0; i < 100_000; i++) {
            double fraction = i < 2_001 ? i / 2_000.0 : random.nextDouble();
            assertThat(Percent.of(fraction)).as("fraction %s", fraction)
                    .isEqualTo(String.format(Locale.ROOT, "%.1f", fraction * 100));
        }
    }

    @Test
    void edgesAndNonFiniteValues() {
        assertThat(Percent.of(0)).isEqualTo("0.0");
        assertThat(Percent.of(1)).isEqualTo("100.0");
        assertThat(Percent.of(0.00049)).isEqualTo("0.0");
        assertThat(Percent.of(Double.NaN)).isEqualTo("NaN");
    }
}
