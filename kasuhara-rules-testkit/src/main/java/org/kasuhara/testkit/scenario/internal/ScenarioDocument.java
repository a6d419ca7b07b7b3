// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.scenario.internal;

import org.kasuhara.model.Case;
import org.kasuhara.testkit.scenario.Expectation;

/** One scenario as written in a file, before its required fields and rule ids are checked. */
record ScenarioDocument(String name, String description, Case given, Expectation expect) {
}
