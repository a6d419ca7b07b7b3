// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.json;

import java.util.Objects;
import org.kasuhara.model.Case;

/**
 * One record read from an input: either a valid case or the problem that rejected it, never both.
 *
 * @param line    the line where the record starts
 * @param value   the case, or {@code null} when rejected
 * @param problem the problem, or {@code null} when valid
 */
public record CaseRecord(int line, Case value, InputProblem problem) {
    /** Checks that exactly one of value and problem is present. */
    public CaseRecord {
        if ((value == null) == (problem == null)) {
            throw new IllegalArgumentException("exactly one of value and problem must be present");
        }
    }

    /** @return {@code true} when the record holds a valid case */
    public boolean isValid() {
        return value != null;
    }

    static CaseRecord valid(int line, Case value) {
        return new CaseRecord(line, Objects.requireNonNull(value), null);
    }

    static CaseRecord invalid(InputProblem problem) {
        return new CaseRecord(problem.line(), null, problem);
    }
}
