// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * JUnit 5 support for rule repositories: {@link org.kasuhara.testkit.junit.RuleSetScenarios} turns a rule set's
 * scenarios into dynamic tests.
 */
package org.kasuhara.testkit.junit;
