// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.report;

import org.kasuhara.model.ActionType;

/**
 * One piece of the counter's advice: a recommended action of the rules.
 *
 * @param type              the action
 * @param text              what to do, in the report's language (guideline catalogue)
 * @param humanConfirmation whether a person must confirm it first (always for actions that restrict the customer)
 */
public record ReportAdvice(ActionType type, String text, boolean humanConfirmation) {
}
