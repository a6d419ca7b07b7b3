// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import java.util.List;
import java.util.Optional;
import org.kasuhara.engine.internal.RuleSetCompiler;
import org.kasuhara.engine.spi.ModuleRules;
import org.kasuhara.engine.spi.RuleModule;
import org.kasuhara.model.RuleSetRef;
import org.kasuhara.policy.Policies;
import org.kasuhara.text.TextAnalyzer;

/**
 * A compiled, validated, immutable rule set: DRL rules, policy and lexicons. Its version is the SHA-256 of its
 * files, so the same files always give the same version and any edit gives a new one.
 *
 * <p>Only {@link #compile} makes rule sets: the engine runs no other implementation, so a rule set is always one
 * the compiler checked.
 */
public interface RuleSet {

    /**
     * The system property that turns on the on-disk cache of compiled rules: a folder where the compiled knowledge
     * bases are kept under the SHA-256 of their rule files and of the Kasuhara and Drools builds, so that a new
     * process with the same files skips the compilation (checks still run). Unset: no cache. A file that cannot be
     * read back is ignored and replaced. The command line uses {@code ~/.cache/kasuhara/rules} unless
     * {@code KASUHARA_RULE_CACHE} says otherwise ({@code off} to disable).
     */
    String COMPILED_RULE_CACHE_PROPERTY = "kasuhara.ruleCache";

    /**
     * Compiles and validates a rule set. Either every file compiles and validates, or nothing is built.
     *
     * @param source where the files come from
     * @return the rule set
     * @throws RuleSetException naming the file and line of every error
     */
    static RuleSet compile(RuleSource source) {
        return RuleSetCompiler.compile(source);
    }

    /**
     * Compiles and validates a rule set with the given plug-in modules instead of those found on the class path.
     *
     * @param source  where the files come from
     * @param modules the modules whose folders compile into knowledge bases of their own
     * @return the rule set
     * @throws RuleSetException naming the file and line of every error
     */
    static RuleSet compile(RuleSource source, List<RuleModule> modules) {
        return RuleSetCompiler.compile(source, modules);
    }

    /** @return the rule set's name, from {@code ruleset.yaml} */
    String name();

    /** @return {@code sha256:} and the hash of the files */
    String version();

    /** @return name and version, as assessments report them */
    RuleSetRef ref();

    /** @return the thresholds, with per-organisation overrides */
    Policies policies();

    /** @return the analyser built from the rule set's lexicons */
    TextAnalyzer analyzer();

    /** @return the metadata of every rule, by file and line, modules' rules included */
    List<RuleInfo> rules();

    /**
     * @param module a plug-in module
     * @return its compiled rules, or empty when the rule set has none in the module's folder or was compiled
     *         without that module
     */
    Optional<ModuleRules> moduleRules(RuleModule module);

    /**
     * @return the module folders the rule set declares ({@code modules:} in {@code ruleset.yaml}) that were left
     *         uncompiled because no installed {@link RuleModule} claims them
     */
    List<String> uncompiledModules();
}
