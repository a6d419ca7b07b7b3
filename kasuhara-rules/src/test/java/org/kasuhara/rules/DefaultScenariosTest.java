// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kasuhara.engine.RuleInfo;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.testkit.scenario.Coverage;
import org.kasuhara.testkit.scenario.Scenario;
import org.kasuhara.testkit.scenario.ScenarioFile;
import org.kasuhara.testkit.scenario.ScenarioResult;
import org.kasuhara.testkit.scenario.ScenarioRunner;

/**
 * Runs the scenarios the default rule set ships in {@code scenarios/} through it, as {@code kasuhara rules test}
 * does, and checks that they cover every rule. Each scenario's name starts with the id of the rule it is about.
 */
class DefaultScenariosTest {
    private static final RuleSet RULES = RuleSet.compile(RuleSource.defaults());
    private static final List<ScenarioFile> FILES = ScenarioFile.readAll(RuleSource.defaults(), RULES);
    private static final List<ScenarioResult> RESULTS = ScenarioRunner.of(RULES).runAll(FILES);

    @TestFactory
    Stream<DynamicTest> everyShippedScenarioGetsItsExpectedAssessment() {
        return RESULTS.stream().map(result -> DynamicTest.dynamicTest(result.file() + ":"
                + result.scenario().line() + " " + result.scenario().name(), () -> {
                    assertThat(result.error()).as("error").isNull();
                    assertThat(result.differences()).as(result.scenario().name() + "\nassessment: "
                            + result.assessment()).isEmpty();
                }));
    }

    @Test
    void theDefaultRulesShipOneScenarioFilePerTopicWithEveryFormerGoldenCase() {
        assertThat(FILES).extracting(ScenarioFile::name).containsExactly("scenarios/actions.yaml",
                "scenarios/counter.yaml", "scenarios/demands.yaml", "scenarios/observations.yaml",
                "scenarios/police.yaml", "scenarios/time.yaml", "scenarios/verdict.yaml", "scenarios/words.yaml",
                "scenarios/worked-examples.yaml");
        assertThat(RESULTS).hasSizeGreaterThanOrEqualTo(78);
    }

    @Test
    void everyDefaultRuleFiresInAtLeastOneScenario() {
        Coverage coverage = Coverage.of(RULES, RESULTS);

        assertThat(coverage.unexercised()).as("rules no scenario exercises")
                .extracting(r -> r.id() + " (" + r.file() + ":" + r.line() + ")").isEmpty();
    }

    @Test
    void everyDefaultRuleHasAScenarioNamedAfterIt() {
        Set<String> named = scenarios().map(DefaultScenariosTest::ruleOf).collect(Collectors.toSet());

        // Call-alert rules run in the live call monitor, not on cases: calls.CallMonitorTest covers each of them.
        assertThat(RULES.rules()).filteredOn(r -> !r.pkg().equals("calls")).extracting(RuleInfo::id)
                .filteredOn(id -> !named.contains(id)).as("rules without a scenario about them").isEmpty();
    }

    @Test
    void everyScenarioIsNamedAfterARuleThatExists() {
        Set<String> ids = RULES.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());

        assertThat(scenarios()).allSatisfy(s -> assertThat(ids).as(s.name()).contains(ruleOf(s)));
    }

    @Test
    void everyRuleThatDerivesAFindingHasAScenarioShowingIt() {
        Set<String> shown = new TreeSet<>();
        scenarios().filter(s -> s.expect().findings() != null && s.expect().findings().contains(ruleOf(s)))
                .forEach(s -> shown.add(ruleOf(s)));

        assertThat(RULES.rules()).filteredOn(r -> r.pkg().equals("signals") && r.severity() != null)
                .extracting(RuleInfo::id).filteredOn(id -> !shown.contains(id))
                .as("signal rules without a scenario that shows their finding").isEmpty();
    }

    private static Stream<Scenario> scenarios() {
        return FILES.stream().flatMap(f -> f.scenarios().stream());
    }

    /** The rule a scenario is about: its name starts with the rule's id, then " — ". */
    private static String ruleOf(Scenario scenario) {
        int cut = scenario.name().indexOf(" — ");
        return cut < 0 ? "" : scenario.name().substring(0, cut);
    }
}
