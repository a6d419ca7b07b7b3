// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * What a change of rules does to past cases: {@link org.kasuhara.testkit.diff.RuleSetDiff} assesses every case
 * with the old and the new rule set, and {@link org.kasuhara.testkit.diff.DiffReport} groups the cases whose
 * verdict, severity or police flag changed ({@code kasuhara rules diff} prints it). Only decisions and rule ids
 * are kept, never a case's text.
 */
package org.kasuhara.testkit.diff;
