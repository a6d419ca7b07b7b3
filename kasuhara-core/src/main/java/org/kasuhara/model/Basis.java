// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.model;

import java.util.Objects;

/**
 * Why the verdict is what it is: the cell of the verdict table that decided it (a rule of the rule set, e.g. a row
 * of {@code verdict/verdict.drl.csv}) and the two axes it read. Part of the output contract v1 since 0.1; absent
 * ({@code null}) from assessments of rule sets that decide the verdict without a table cell.
 *
 * @param rule        the id of the deciding rule
 * @param text        its name in English
 * @param textJa      its name in Japanese
 * @param manner      how the complaint was pursued
 * @param demand      how valid the demand is
 * @param timeOrCount whether a time or count line was reached (an aggravating fact)
 */
public record Basis(String rule, String text, String textJa, MannerAxis manner, DemandAxis demand,
                    boolean timeOrCount) {
    /** Checks the fields. */
    public Basis {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(textJa, "textJa");
        Objects.requireNonNull(manner, "manner");
        Objects.requireNonNull(demand, "demand");
    }
}
