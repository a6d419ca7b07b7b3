// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;

/**
 * Assesses complaint cases with a rule set.
 *
 * <pre>{@code
 * TriageEngine engine = TriageEngine.builder().build();          // default rules
 * Assessment a = engine.assess(new CaseReader().readOne(json));
 * }</pre>
 *
 * <p>Thread-safe: {@link #assess(Case)} shares no mutable state between calls, never blocks on I/O, and sees
 * one rule set from start to end.
 */
public interface TriageEngine {

    /**
     * Assesses one case.
     *
     * @param complaint the case
     * @return the assessment, explained by its findings
     * @throws NullPointerException when {@code complaint} is null
     */
    Assessment assess(Case complaint);

    /** @return the rule set in use */
    RuleSet ruleSet();

    /**
     * Starts a builder; without further settings it builds an engine on the default rules.
     *
     * @return a new builder
     */
    static TriageEngineBuilder builder() {
        return new TriageEngineBuilder();
    }
}
