/**
 * The triage engine: {@link org.kasuhara.engine.TriageEngine} assesses cases with a compiled, immutable
 * {@link org.kasuhara.engine.RuleSet} built from a {@link org.kasuhara.engine.RuleSource}.
 */
package org.kasuhara.engine;
