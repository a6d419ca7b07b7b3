// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store;

import java.time.Instant;
import java.util.Objects;
import org.kasuhara.model.Assessment;

/**
 * One assessment in a case's history. Assessments are only ever appended: re-assessing under a new rule set adds
 * an entry and keeps the earlier ones.
 *
 * @param number     1 for the first assessment of the case, then 2, 3, …
 * @param assessedAt when it was stored
 * @param assessment the engine's answer (contract v1)
 */
public record AssessmentEntry(int number, Instant assessedAt, Assessment assessment) {
    /** Checks the fields. */
    public AssessmentEntry {
        Objects.requireNonNull(assessedAt, "assessedAt");
        Objects.requireNonNull(assessment, "assessment");
        if (number < 1) {
            throw new IllegalArgumentException("number must be 1 or more, was " + number);
        }
    }
}
