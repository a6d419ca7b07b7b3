// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.report;

import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Severity;

/**
 * One finding of the counter's assessment: which rule found which behaviour, on what evidence, under which source.
 *
 * @param rule          the rule id ({@code KH-…})
 * @param behaviour     the behaviour found
 * @param behaviourName its name in the report's language (guideline catalogue)
 * @param severity      how serious it is
 * @param evidence      the evidence (quoted span, duration, count; redacted as in {@link ReportContact#text()})
 * @param source        the guideline or law the rule follows
 */
public record ReportFinding(String rule, Behaviour behaviour, String behaviourName, Severity severity,
                            String evidence, String source) {
}
