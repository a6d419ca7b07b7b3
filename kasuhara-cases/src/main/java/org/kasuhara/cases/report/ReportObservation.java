// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.report;

import org.kasuhara.model.Behaviour;

/**
 * A behaviour staff saw and recorded.
 *
 * @param behaviour the behaviour
 * @param name      its name in the report's language (guideline catalogue)
 * @param note      the staff's note (redacted as in {@link ReportContact#text()}), or {@code null}
 * @param staff     who saw it, the withheld mark, or {@code null}
 */
public record ReportObservation(Behaviour behaviour, String name, String note, String staff) {
}
