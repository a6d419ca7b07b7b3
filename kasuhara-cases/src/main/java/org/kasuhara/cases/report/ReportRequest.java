// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.report;

import org.kasuhara.model.DemandType;

/**
 * One request of the applicant.
 *
 * @param type      the kind of request
 * @param name      its name in the report's language (guideline catalogue)
 * @param amountYen the amount asked, or {@code null}
 * @param text      the request in the applicant's words (personal data redacted as in {@link ReportContact#text()}),
 *                  or {@code null}
 */
public record ReportRequest(DemandType type, String name, Long amountYen, String text) {
}
