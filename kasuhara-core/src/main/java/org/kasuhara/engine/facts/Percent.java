// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A fraction as a percentage with one decimal, as {@code String.format("%.1f", f * 100)} writes it, without a Formatter. */
final class Percent {
    private Percent() {
    }

    static String of(double fraction) {
        double percent = fraction * 100;
        return Double.isFinite(percent)
                ? BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_UP).toPlainString()
                : String.valueOf(percent);
    }
}
