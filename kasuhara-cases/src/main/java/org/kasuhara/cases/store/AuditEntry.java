// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the append-only audit log. It never holds personal data: no applicant name, contact details or
 * complaint text; {@code detail} names rule sets, verdicts, outcomes and counts only.
 *
 * @param sequence position in the store's log, increasing
 * @param receipt  the case's receipt number
 * @param at       when it happened (the store's clock)
 * @param actor    who did it: a staff handle given to the store, or {@value #SYSTEM}
 * @param action   what happened
 * @param from     the status before, {@code null} for an intake
 * @param to       the status after
 * @param detail   what changed, without personal data; may be empty
 */
public record AuditEntry(long sequence, String receipt, Instant at, String actor, AuditAction action,
                         CaseStatus from, CaseStatus to, String detail) {
    /** The actor of changes the store or the engine makes on its own (intake, assessment, purge). */
    public static final String SYSTEM = "system";

    /** Checks the fields. */
    public AuditEntry {
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(to, "to");
        detail = detail == null ? "" : detail;
    }
}
