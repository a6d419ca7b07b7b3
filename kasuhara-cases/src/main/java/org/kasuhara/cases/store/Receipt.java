// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The acknowledgement of an intake, returned only after the case is durably stored.
 *
 * @param number       the receipt number, e.g. {@code KH-00000042}
 * @param organization the case's organisation, {@code null} when it named none
 * @param caseId       the case id as submitted
 * @param storedAt     when the case was first stored
 * @param reportDueBy  the last day to report the case to the organisation (3 business days after receipt)
 * @param resubmission {@code true} when this case id had been stored before: nothing was written and this is the
 *                     original receipt
 */
public record Receipt(String number, String organization, String caseId, Instant storedAt, LocalDate reportDueBy,
                      boolean resubmission) {
    /** Checks the fields. */
    public Receipt {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(storedAt, "storedAt");
        Objects.requireNonNull(reportDueBy, "reportDueBy");
    }
}
