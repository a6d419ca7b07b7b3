package org.kasuhara.engine;

import java.util.List;
import org.kasuhara.engine.internal.RuleSetCompiler;
import org.kasuhara.model.RuleSetRef;
import org.kasuhara.policy.Policies;
import org.kasuhara.text.TextAnalyzer;

/**
 * A compiled, validated, immutable rule set: DRL rules, policy and lexicons. Its version is the SHA-256 of its
 * files, so the same files always give the same version and any edit gives a new one.
 */
public interface RuleSet {

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

    /** @return the metadata of every rule, by file and line */
    List<RuleInfo> rules();
}
