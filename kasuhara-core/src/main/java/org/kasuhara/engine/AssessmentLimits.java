// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * What one assessment may cost: a rule set that keeps firing (a rule that re-triggers itself, two rules that undo each
 * other) or runs too long fails that assessment with a {@link RuleExecutionException} naming the rules, and the host
 * and every other assessment go on. Set by the host with {@link TriageEngineBuilder#limits(AssessmentLimits)}, not by
 * the rule folder, so rules cannot lift their own limit.
 *
 * @param maxFirings the most rule firings one assessment may take (the default rules take a few dozen)
 * @param deadline   the longest one assessment may run; rules stop firing after it
 */
public record AssessmentLimits(int maxFirings, Duration deadline) {
    /** 10,000 firings and 5 seconds: hundreds of times what the default rules need, so only a runaway trips them. */
    public static final AssessmentLimits DEFAULTS = new AssessmentLimits(10_000, Duration.ofSeconds(5));

    /** Checks the values. */
    public AssessmentLimits {
        Objects.requireNonNull(deadline, "deadline");
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings: must be at least 1, was " + maxFirings);
        }
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("deadline: must be positive, was " + deadline);
        }
    }
}
