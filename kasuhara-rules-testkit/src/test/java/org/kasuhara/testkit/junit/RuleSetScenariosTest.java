// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.testkit.scenario.TestScenarios;
import org.opentest4j.AssertionFailedError;

/** An organisation's rule repository runs its scenarios as JUnit tests: each passes or fails as rules test would. */
class RuleSetScenariosTest {
    @TempDir
    Path dir;

    private Map<String, DynamicTest> tests(String yaml) throws IOException {
        Path rules = TestScenarios.write(dir);
        Files.createDirectories(rules.resolve("scenarios"));
        Files.writeString(rules.resolve("scenarios/calls.yaml"), yaml);
        return RuleSetScenarios.of(rules).collect(Collectors.toMap(DynamicTest::getDisplayName, t -> t,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void eachScenarioIsATestNamedByFileLineAndNameAndPassesWhenTheRulesAgree() throws IOException {
        Map<String, DynamicTest> tests = tests(TestScenarios.YAML);

        assertThat(tests.keySet()).containsExactly("scenarios/calls.yaml:3 a 74-minute call is confinement",
                "scenarios/calls.yaml:20 a 10-minute call is a legitimate complaint", "every rule fires in some scenario");
        assertThatCode(() -> tests.get("scenarios/calls.yaml:3 a 74-minute call is confinement").getExecutable()
                .execute()).doesNotThrowAnyException();
        // T-CONF-2 (refusal to leave) is in the rule set and no scenario exercises it
        assertThatThrownBy(() -> tests.get("every rule fires in some scenario").getExecutable().execute())
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("T-CONF-2 (signals/time.drl:14)");
    }

    @Test
    void aScenarioTheRulesContradictFailsWithTheDifference() throws IOException {
        Map<String, DynamicTest> tests = tests(TestScenarios.YAML.replace("verdict: LEGITIMATE_COMPLAINT",
                "verdict: NEEDS_REVIEW"));

        assertThatThrownBy(() -> tests.get("scenarios/calls.yaml:20 a 10-minute call is a legitimate complaint")
                .getExecutable().execute()).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("NEEDS_REVIEW").hasMessageContaining("LEGITIMATE_COMPLAINT");
    }

    @Test
    void aBrokenRuleSetIsOneFailingTestNamingTheFileAndLine() throws IOException {
        Path rules = TestScenarios.write(dir);
        Files.writeString(rules.resolve("signals/broken.drl"), "package signals;\nrule \"x\" when then end\nthis is not DRL\n");

        List<DynamicTest> tests = RuleSetScenarios.of(rules).toList();

        assertThat(tests).singleElement().satisfies(t -> assertThatThrownBy(() -> t.getExecutable().execute())
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("signals/broken.drl"));
    }
}
