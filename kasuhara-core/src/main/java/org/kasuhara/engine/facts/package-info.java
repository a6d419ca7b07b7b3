// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * The facts rule authors match in DRL, besides the model records ({@link org.kasuhara.model.Case},
 * {@link org.kasuhara.model.Observation}, {@link org.kasuhara.model.Finding}), the
 * {@link org.kasuhara.policy.Policy} and the {@link org.kasuhara.text.TextSignal}s. The engine derives them from
 * each case before the rules run; {@link org.kasuhara.engine.facts.Outcome} collects the verdict layer's
 * decisions. These types are part of the rule-authoring contract.
 */
package org.kasuhara.engine.facts;
