// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * The triage engine: {@link org.kasuhara.engine.TriageEngine} assesses cases with a compiled, immutable
 * {@link org.kasuhara.engine.RuleSet} built from a {@link org.kasuhara.engine.RuleSource}. A
 * {@link org.kasuhara.engine.ReloadingTriageEngine} watches a rule directory and swaps valid changes in without a
 * restart, reporting each outcome as a {@link org.kasuhara.engine.ReloadEvent}.
 */
package org.kasuhara.engine;
