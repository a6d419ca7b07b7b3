// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.scenario;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kasuhara.engine.RuleInfo;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.model.RuleFiring;

/**
 * Which rules of a rule set the scenarios exercise: a rule counts when it fired in at least one scenario, whether
 * that scenario passed or not. A rule no scenario exercises is a rule whose change no test would notice.
 *
 * @param rules     every rule of the rule set, by file and line
 * @param exercised the ids of the rules that fired in at least one scenario
 */
public record Coverage(List<RuleInfo> rules, Set<String> exercised) {
    /** Checks the fields and copies the collections. */
    public Coverage {
        rules = List.copyOf(rules);
        exercised = Set.copyOf(exercised);
    }

    /**
     * The coverage of a run.
     *
     * @param ruleSet the rule set the scenarios ran on
     * @param results the results
     * @return the coverage
     */
    public static Coverage of(RuleSet ruleSet, List<ScenarioResult> results) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Set<String> fired = new LinkedHashSet<>();
        for (ScenarioResult result : results) {
            if (result.assessment() != null) {
                result.assessment().firedRules().stream().map(RuleFiring::rule).forEach(fired::add);
            }
        }
        // Call-alert rules (calls/) run in the live call monitor, never on a case: scenarios cannot reach them, so
        // they are not counted here (the monitor's tests exercise the default ones).
        List<RuleInfo> caseRules = ruleSet.rules().stream().filter(RuleInfo::isCaseRule).toList();
        fired.retainAll(caseRules.stream().map(RuleInfo::id).toList());
        return new Coverage(caseRules, fired);
    }

    /** @return the rules no scenario exercises, in rule-set order (by file and line) */
    public List<RuleInfo> unexercised() {
        return rules.stream().filter(r -> !exercised.contains(r.id())).toList();
    }

    /** @return how many rules at least one scenario exercises */
    public int exercisedCount() {
        return rules.size() - unexercised().size();
    }

    /** @return {@code true} when every rule is exercised */
    public boolean complete() {
        return unexercised().isEmpty();
    }
}
