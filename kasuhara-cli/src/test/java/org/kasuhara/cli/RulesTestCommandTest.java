// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** How {@code kasuhara rules test} runs scenarios, explains failures, reports coverage and bad files. */
public class RulesTestCommandTest {

    @Test
    public void theDefaultRulesPassTheirOwnScenariosAndExerciseEveryRule(@TempDir Path rules) throws IOException {
        CliRun run = CliRun.of("rules", "test", "--lang", "en", RuleSetCopies.copyDefaults(rules).toString());

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("PASS  " + rules.resolve("scenarios/time.yaml") + ":")
                .doesNotContain("FAIL").doesNotContain("Rules no scenario exercises")
                .containsPattern("Coverage: (\\d+)/\\1 rules exercised")
                .containsPattern("\\d+ scenario\\(s\\) in 9 file\\(s\\): \\d+ passed, 0 failed, 0 errors");
    }

    @Test
    public void aConfinementThresholdOf45MinutesFailsTheScenarioOfA59MinuteCall(@TempDir Path rules) throws IOException {
        RuleSetCopies.copyDefaults(rules);
        Path policy = rules.resolve("policy.yaml");
        Files.writeString(policy, Files.readString(policy).replace("confinementMinutes: 60", "confinementMinutes: 45"));

        CliRun run = CliRun.of("rules", "test", "--lang", "en", rules.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.SCENARIOS_FAILED);
        assertThat(run.out()).contains("FAIL  " + rules.resolve("scenarios/time.yaml") + ":")
                .contains("KH-CONF-001 — a 59-minute call is not confinement")
                .contains("verdict: expected LEGITIMATE_COMPLAINT, got NEEDS_REVIEW")
                .contains("finding that must be absent: KH-CONF-001 (")
                .contains("evidence: ")
                .containsPattern("\\d+ passed, [1-9]\\d* failed");
    }

    @Test
    public void aTypoInAScenarioFileExitsWithTwoNamingFileLineAndFieldButTheOtherFilesRun(@TempDir Path rules)
            throws IOException {
        RuleSetCopies.copyDefaults(rules);
        Path time = rules.resolve("scenarios/time.yaml");
        String text = Files.readString(time);
        Files.writeString(time, text.replaceFirst("      verdict: ", "      verdcit: "));
        int line = (int) text.substring(0, text.indexOf("      verdict: ")).lines().count() + 1;

        CliRun run = CliRun.of("rules", "test", rules.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains(time + ":" + line + ": scenarios[0].expect.verdcit: unknown field");
        assertThat(run.out()).contains("PASS  " + rules.resolve("scenarios/words.yaml"))
                .doesNotContain("scenarios/time.yaml").contains("1 problem(s) reading scenarios");
    }

    @Test
    public void givenScenarioFilesRunAloneAndTheUnexercisedRulesAreListedWithFileAndLine(@TempDir Path rules)
            throws IOException {
        RuleSetCopies.copyDefaults(rules);

        CliRun run = CliRun.of("rules", "test", "--lang", "ja", rules.toString(),
                rules.resolve("scenarios/counter.yaml").toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("どのシナリオでも発火しないルール:")
                .containsPattern("KH-CONF-001  " + java.util.regex.Pattern.quote(
                        rules.resolve("signals/time.drl").toString()) + ":\\d+  ")
                .contains("シナリオ7件（1ファイル）: 成功 7、失敗 0");
    }

    @Test
    public void junitWritesASurefireReportCiCanRead(@TempDir Path rules, @TempDir Path reports) throws Exception {
        RuleSetCopies.copyDefaults(rules);
        Path report = reports.resolve("sub/TEST-scenarios.xml");

        CliRun run = CliRun.of("rules", "test", rules.toString(), rules.resolve("scenarios/police.yaml").toString(),
                "--junit", report.toString());

        assertThat(run.exit()).isZero();
        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile())
                .getDocumentElement();
        assertThat(suite.getAttribute("name")).isEqualTo("kasuhara-default");
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
        assertThat(((Element) suite.getElementsByTagName("testcase").item(0)).getAttribute("classname"))
                .isEqualTo(rules.resolve("scenarios/police.yaml").toString());
    }

    @Test
    public void aBrokenRuleSetExitsWithTwoBeforeAnyScenarioRuns(@TempDir Path rules) throws IOException {
        int line = RuleSetCopies.breakLine(RuleSetCopies.copyDefaults(rules), "signals/time.drl");

        CliRun run = CliRun.of("rules", "test", rules.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(rules.resolve("signals/time.drl") + ":" + line + ":");
    }

    @Test
    public void aMissingScenarioPathIsAnError(@TempDir Path rules) throws IOException {
        RuleSetCopies.copyDefaults(rules);

        CliRun run = CliRun.of("rules", "test", "--lang", "en", rules.toString(), rules.resolve("nope.yaml").toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("nope.yaml: no such scenario file or folder");
    }

    @Test
    public void helpIsBilingualAndListsTheExitCodes() {
        CliRun run = CliRun.of("rules", "test", "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: kasuhara rules test").contains("ヘルプを表示して終了します。")
                .contains("--junit=FILE").contains("3   失敗したシナリオあり / at least one scenario failed");
    }
}
