// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Severity;
import org.kasuhara.model.Verdict;

/** How scenario files are read, and how every mistake in one is reported with file, line and field path. */
class ScenarioFileTest {
    @TempDir
    static Path rules;
    static RuleSet ruleSet;

    @BeforeAll
    static void compile() {
        ruleSet = TestScenarios.ruleSet(rules);
    }

    @Test
    void aYamlFileIsReadWithItsCasesExpectationsAndLines() {
        ScenarioFile file = ScenarioFile.parse("calls.yaml", TestScenarios.YAML, ruleSet);

        assertThat(file.name()).isEqualTo("calls.yaml");
        assertThat(file.scenarios()).extracting(Scenario::name, Scenario::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a 74-minute call is confinement", 3),
                org.assertj.core.groups.Tuple.tuple("a 10-minute call is a legitimate complaint", 20));
        Scenario first = file.scenarios().get(0);
        assertThat(first.description()).isEqualTo("CCAJ-2025 counts a call of 60 minutes or more");
        assertThat(first.given().channel()).isEqualTo(Channel.PHONE);
        assertThat(first.given().contacts()).hasSize(1);
        assertThat(first.expect()).isEqualTo(new Expectation(Verdict.CUSTOMER_HARASSMENT, Severity.HIGH, false,
                null, List.of("T-CONF-1"), null, List.of("T-VRD-1"), List.of(ActionType.END_CONTACT_AFTER_WARNING),
                null));
        assertThat(file.scenarios().get(1).expect().findings()).isEmpty();
    }

    @Test
    void aJsonFileHoldingAPlainListIsRead() {
        String json = """
                [
                  {"name": "a long call",
                   "given": {"id": "C-1", "receivedAt": "2026-11-20T14:03:00+09:00", "channel": "PHONE",
                             "contacts": [{"channel": "PHONE", "start": "2026-11-20T14:03:00+09:00",
                                           "end": "2026-11-20T15:17:00+09:00"}]},
                   "expect": {"verdict": "CUSTOMER_HARASSMENT", "findings": ["T-CONF-1"]}}
                ]
                """;

        ScenarioFile file = ScenarioFile.parse("calls.json", json, ruleSet);

        assertThat(file.scenarios()).singleElement().satisfies(s -> {
            assertThat(s.line()).isEqualTo(2);
            assertThat(s.expect().verdict()).isEqualTo(Verdict.CUSTOMER_HARASSMENT);
        });
    }

    @Test
    void anUnknownFieldIsAnErrorWithItsLineAndPath() {
        String typo = TestScenarios.YAML.replace("  verdict: LEGITIMATE_COMPLAINT", "  verdcit: LEGITIMATE_COMPLAINT");

        assertThatThrownBy(() -> ScenarioFile.parse("calls.yaml", typo, ruleSet))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo("calls.yaml");
                            assertThat(p.line()).isEqualTo(30);
                            assertThat(p.path()).isEqualTo("scenarios[1].expect.verdcit");
                            assertThat(p.message()).contains("unknown field").contains("verdict");
                            assertThat(p.toString()).startsWith("calls.yaml:30: scenarios[1].expect.verdcit: ");
                        }));
    }

    @Test
    void anUnknownVerdictIsAnErrorNamingTheAllowedValues() {
        String wrong = TestScenarios.YAML.replace("verdict: CUSTOMER_HARASSMENT", "verdict: HARASSMENT");

        assertThatThrownBy(() -> ScenarioFile.parse("calls.yaml", wrong, ruleSet))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.line()).isEqualTo(14);
                            assertThat(p.path()).isEqualTo("scenarios[0].expect.verdict");
                            assertThat(p.message()).contains("CUSTOMER_HARASSMENT").contains("\"HARASSMENT\"");
                        }));
    }

    @Test
    void aBadCaseInGivenIsAnErrorWithTheCaseFieldPath() {
        String bad = TestScenarios.YAML.replace("      end: 2026-11-20T15:17:00+09:00", "      end: tomorrow");

        assertThatThrownBy(() -> ScenarioFile.parse("calls.yaml", bad, ruleSet))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.path()).isEqualTo("scenarios[0].given.contacts[0].end");
                            assertThat(p.line()).isEqualTo(12);
                            assertThat(p.message()).contains("date-time");
                        }));
    }

    @Test
    void aCaseMissingARequiredFieldIsAnErrorWithThePath() {
        String bad = TestScenarios.YAML.replace("      id: C-2\n", "");

        assertThatThrownBy(() -> ScenarioFile.parse("calls.yaml", bad, ruleSet))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.path()).isEqualTo("scenarios[1].given.id")));
    }

    @Test
    void anExpectedRuleIdTheRuleSetDoesNotHaveIsAnError() {
        String bad = TestScenarios.YAML.replace("absent: [T-CONF-1]", "absent: [T-CONF-1, T-CONF-9]");

        assertThatThrownBy(() -> ScenarioFile.parse("calls.yaml", bad, ruleSet))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.path()).isEqualTo("scenarios[1].expect.absent[1]");
                            assertThat(p.line()).isEqualTo(32);
                            assertThat(p.message()).contains("unknown rule id \"T-CONF-9\"");
                        }));
    }

    @Test
    void everyBadScenarioOfAFileIsReportedAtOnce() {
        String bad = TestScenarios.YAML.replace("severity: HIGH", "severity: 3")
                .replace("findings: []", "findngs: []");

        assertThatThrownBy(() -> ScenarioFile.parse("calls.yaml", bad, ruleSet))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.problems())
                        .extracting(ScenarioProblem::path)
                        .containsExactly("scenarios[0].expect.severity", "scenarios[1].expect.findngs"));
    }

    @Test
    void aScenarioThatExpectsNothingOrLacksANameIsAnError() {
        String bad = TestScenarios.YAML.replace("  - name: a 10-minute call is a legitimate complaint\n", "  -\n")
                .replaceAll("(?s)(expect:\n)      verdict: LEGITIMATE_COMPLAINT.*", "$1        {}\n");

        assertThatThrownBy(() -> ScenarioFile.parse("calls.yaml", bad, ruleSet))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.problems())
                        .extracting(ScenarioProblem::path, ScenarioProblem::message)
                        .anySatisfy(t -> assertThat(t.toList()).containsExactly("scenarios[1].name",
                                "is required: a short sentence saying what is tested"))
                        .anySatisfy(t -> assertThat(t.toList().get(0)).isEqualTo("scenarios[1].expect")));
    }

    @Test
    void aYamlSyntaxErrorNamesItsLine() {
        String bad = TestScenarios.YAML.replace("    given:\n      id: C-1", "    given:\n    id: [C-1");

        assertThatThrownBy(() -> ScenarioFile.parse("calls.yaml", bad, ruleSet))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.line()).isPositive();
                            assertThat(p.message()).startsWith("not valid YAML");
                        }));
    }

    @Test
    void anotherTopLevelFieldOrAnEmptyListIsAnError() {
        assertThatThrownBy(() -> ScenarioFile.parse("x.yaml", "title: calls\nscenarios: []\n", ruleSet))
                .hasMessage("x.yaml:1: title: unknown field; expected [scenarios]");
        assertThatThrownBy(() -> ScenarioFile.parse("x.yaml", "scenarios: []\n", ruleSet))
                .hasMessage("x.yaml:1: scenarios: holds no scenarios");
    }

    @Test
    void aRuleSetsScenariosFolderIsReadFromItsSource(@TempDir Path dir) throws IOException {
        RuleSet withScenarios = TestScenarios.ruleSet(dir);
        Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(dir.resolve("scenarios/calls.yaml"), TestScenarios.YAML);
        Files.writeString(dir.resolve("scenarios/notes.md"), "not a scenario file");

        List<ScenarioFile> files = ScenarioFile.readAll(RuleSource.directory(dir), withScenarios);

        assertThat(files).extracting(ScenarioFile::name).containsExactly("scenarios/calls.yaml");
        assertThat(RuleSet.compile(RuleSource.directory(dir)).version()).isEqualTo(withScenarios.version());
    }
}
