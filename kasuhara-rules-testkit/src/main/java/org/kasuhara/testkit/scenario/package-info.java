// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * Scenario tests for rule sets: a compliance team writes, in YAML or JSON, a case ({@code given}) and what the
 * rules must decide about it ({@code expect}); {@link org.kasuhara.testkit.scenario.ScenarioFile} reads such files
 * strictly (an unknown field, a wrong type or an unknown rule id is an error naming the file, line and field
 * path), {@link org.kasuhara.testkit.scenario.ScenarioRunner} runs them and lists every difference,
 * {@link org.kasuhara.testkit.scenario.Coverage} shows which rules no scenario exercises, and
 * {@link org.kasuhara.testkit.scenario.JUnitXmlReport} writes the results for CI.
 */
package org.kasuhara.testkit.scenario;
