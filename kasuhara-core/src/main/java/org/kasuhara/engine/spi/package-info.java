// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * The engine's plug-in point: a capability module (calls, for instance) brings its own folder of rules and its
 * own facts through {@link org.kasuhara.engine.spi.RuleModule}, and runs them through
 * {@link org.kasuhara.engine.spi.ModuleRules}. Stable for module authors; embedders do not need it.
 */
package org.kasuhara.engine.spi;
