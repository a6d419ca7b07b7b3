// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store;

import java.time.Instant;
import java.util.Objects;
import org.kasuhara.model.Verdict;

/**
 * A staff member's decision on the engine's verdict: confirmed (the same verdict) or corrected (another one, with a
 * reason). The engine's assessment is never changed; the decision is stored beside it so that the counter can learn
 * how often the rules are right.
 *
 * @param assessment the number of the assessment it was made on ({@link AssessmentEntry#number()})
 * @param engine     the engine's verdict in that assessment
 * @param staff      the verdict staff hold right
 * @param reason     why (required when it differs from the engine's), may be empty when confirmed
 * @param by         the staff handle
 * @param at         when it was recorded
 */
public record VerdictReview(int assessment, Verdict engine, Verdict staff, String reason, String by, Instant at) {
    /** Checks the fields. */
    public VerdictReview {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(staff, "staff");
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }

    /** @return {@code true} when staff confirmed the engine's verdict */
    public boolean agrees() {
        return engine == staff;
    }
}
