// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store;

import java.time.Instant;
import java.util.Objects;
import org.kasuhara.model.ActionType;

/**
 * A staff member's decision on a recommended action that needs human confirmation (declining a demand, ending the
 * contact, refusing further contact, reporting to the police, the not-accepted notice). The latest decision on an
 * action counts.
 *
 * @param assessment the number of the assessment that recommended it
 * @param action     the action
 * @param confirmed  {@code true} when confirmed, {@code false} when declined
 * @param reason     why, may be empty
 * @param by         the staff handle
 * @param at         when it was recorded
 */
public record ActionDecision(int assessment, ActionType action, boolean confirmed, String reason, String by,
                             Instant at) {
    /** Checks the fields. */
    public ActionDecision {
        Objects.requireNonNull(action, "action");
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
