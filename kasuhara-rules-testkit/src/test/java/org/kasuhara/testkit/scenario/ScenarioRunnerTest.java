// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.engine.RuleInfo;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.testkit.scenario.Difference.Kind;

/** How scenarios run, how a failure is explained, and which rules they leave unexercised. */
class ScenarioRunnerTest {
    @TempDir
    static Path rules;
    static RuleSet ruleSet;

    @BeforeAll
    static void compile() {
        ruleSet = TestScenarios.ruleSet(rules);
    }

    @Test
    void scenariosThatMatchTheirExpectationsPass() {
        List<ScenarioResult> results = ScenarioRunner.of(ruleSet)
                .run(ScenarioFile.parse("calls.yaml", TestScenarios.YAML, ruleSet));

        assertThat(results).hasSize(2).allSatisfy(r -> {
            assertThat(r.passed()).as(r.differences().toString()).isTrue();
            assertThat(r.file()).isEqualTo("calls.yaml");
            assertThat(r.assessment().ruleSet().name()).isEqualTo("scenario-test-rules");
        });
    }

    @Test
    void aWrongVerdictFailsWithAReadableDifference() {
        String wrong = TestScenarios.YAML.replace("verdict: LEGITIMATE_COMPLAINT", "verdict: NEEDS_REVIEW");

        ScenarioResult result = ScenarioRunner.of(ruleSet)
                .run(ScenarioFile.parse("calls.yaml", wrong, ruleSet)).get(1);

        assertThat(result.passed()).isFalse();
        assertThat(result.errored()).isFalse();
        assertThat(result.differences()).containsExactly(
                new Difference("verdict", Kind.VALUE, "NEEDS_REVIEW", "LEGITIMATE_COMPLAINT"));
        assertThat(result.differences().get(0))
                .hasToString("verdict: expected NEEDS_REVIEW, got LEGITIMATE_COMPLAINT");
    }

    @Test
    void findingsAreAnExactSetWithMissingAndUnexpectedRuleIds() {
        String wrong = TestScenarios.YAML.replace("findings: [T-CONF-1]", "findings: [T-CONF-2]")
                .replace("police: false", "police: true").replace("fired: [T-VRD-1]", "fired: [T-CONF-2]");

        ScenarioResult result = ScenarioRunner.of(ruleSet)
                .run(ScenarioFile.parse("calls.yaml", wrong, ruleSet)).get(0);

        assertThat(result.differences()).extracting(Difference::toString).containsExactly(
                "police: expected true, got false",
                "findings: missing T-CONF-2",
                "findings: unexpected T-CONF-1",
                "fired: missing T-CONF-2");
    }

    @Test
    void absentFindingsAndActionsThatAppearAreUnexpected() {
        String wrong = TestScenarios.YAML.replace("absent: [T-CONF-1]", "absent: []")
                .replace("findings: [T-CONF-1]", "absent: [T-CONF-1]")
                .replace("actions: [END_CONTACT_AFTER_WARNING]", "absentActions: [END_CONTACT_AFTER_WARNING]");

        ScenarioResult result = ScenarioRunner.of(ruleSet)
                .run(ScenarioFile.parse("calls.yaml", wrong, ruleSet)).get(0);

        assertThat(result.differences()).extracting(Difference::toString).containsExactly(
                "absent: unexpected T-CONF-1", "absentActions: unexpected END_CONTACT_AFTER_WARNING");
    }

    @Test
    void coverageListsTheRulesNoScenarioExercisesWithFileAndLine() {
        List<ScenarioResult> results = ScenarioRunner.of(ruleSet)
                .run(ScenarioFile.parse("calls.yaml", TestScenarios.YAML, ruleSet));

        Coverage coverage = Coverage.of(ruleSet, results);

        assertThat(coverage.exercised()).containsExactlyInAnyOrder("T-CONF-1", "T-VRD-1");
        assertThat(coverage.exercisedCount()).isEqualTo(2);
        assertThat(coverage.rules()).hasSize(3);
        assertThat(coverage.complete()).isFalse();
        assertThat(coverage.unexercised()).singleElement().satisfies(rule -> {
            assertThat(rule.id()).isEqualTo("T-CONF-2");
            assertThat(rule.file()).isEqualTo("signals/time.drl");
            assertThat(rule.line()).isEqualTo(14);
        });
        assertThat(coverage.unexercised()).extracting(RuleInfo::name)
                .containsExactly("Staying after being asked to leave three times is refusal to leave");
    }
}
