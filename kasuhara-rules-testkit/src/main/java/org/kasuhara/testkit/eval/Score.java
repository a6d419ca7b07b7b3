// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.eval;

/**
 * Counts of one category (or of all together) and the measures derived from them.
 *
 * @param truePositives  expected and found
 * @param falsePositives found but not expected
 * @param falseNegatives expected but not found
 */
public record Score(int truePositives, int falsePositives, int falseNegatives) {
    /**
     * Precision: the share of what was found that was expected.
     *
     * @return TP / (TP + FP), or 1 when nothing was found
     */
    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? 1.0 : (double) truePositives / found;
    }

    /**
     * Recall: the share of what was expected that was found.
     *
     * @return TP / (TP + FN), or 1 when nothing was expected
     */
    public double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    /**
     * The number of expected occurrences.
     *
     * @return TP + FN
     */
    public int support() {
        return truePositives + falseNegatives;
    }

    Score plus(Score other) {
        return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }
}
