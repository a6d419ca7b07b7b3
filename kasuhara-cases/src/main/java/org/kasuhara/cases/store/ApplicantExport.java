// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the store holds about one applicant, for a data-access request: each matching case with its original
 * text, assessments and lifecycle. Serialise it with {@code KasuharaJson.mapper()}.
 *
 * @param exportedAt when the export was made
 * @param cases      the applicant's cases in receipt order; empty when none match
 */
public record ApplicantExport(Instant exportedAt, List<StoredCase> cases) {
    /** Checks the fields and copies the list. */
    public ApplicantExport {
        Objects.requireNonNull(exportedAt, "exportedAt");
        cases = List.copyOf(cases);
    }
}
