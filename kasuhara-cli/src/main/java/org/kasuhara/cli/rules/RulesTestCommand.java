// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.rules;

import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import org.kasuhara.cli.io.Labels;
import org.kasuhara.cli.io.LanguageOption;
import org.kasuhara.cli.io.RuleSetLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.testkit.scenario.Coverage;
import org.kasuhara.testkit.scenario.JUnitXmlReport;
import org.kasuhara.testkit.scenario.ScenarioResult;
import org.kasuhara.testkit.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kasuhara rules test DIR [SCENARIOS…]}: runs scenario files against a rule set, prints pass or fail with
 * the differences, the rules no scenario exercises, and optionally a JUnit XML report for CI.
 */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        usageHelpAutoWidth = true,
        description = {
            "シナリオ（事案と期待する判定）をルールセットで実行し、成否と差分、どのシナリオでも発火しないルールを表示します。",
            "Runs scenarios (a case and the expected assessment) against a rule set; prints pass or fail with the"
                + " differences, and the rules no scenario exercises."},
        exitCodeListHeading = "%n終了コード / Exit codes:%n",
        exitCodeList = {
            "0:すべてのシナリオが成功 / every scenario passed",
            "1:内部エラー / internal error",
            "2:ルールセットまたはシナリオファイルのエラー（読めたシナリオは実行します） / rule-set or scenario-file"
                + " error (the readable scenarios still run)",
            "3:失敗したシナリオあり / at least one scenario failed"})
public final class RulesTestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption language;

    @Parameters(index = "0", paramLabel = "DIR", description = {
        "ルールセットのフォルダ。", "The rule set's folder."})
    private Path directory;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "SCENARIOS", description = {
        "シナリオファイル（.yaml、.yml、.json）またはフォルダ。省略時は DIR/scenarios。",
        "Scenario files (.yaml, .yml, .json) or folders; DIR/scenarios when absent."})
    private List<Path> scenarios = new ArrayList<>();

    @Option(names = "--junit", paramLabel = "FILE", description = {
        "結果を JUnit XML（Surefire 形式）で書き出すファイル。", "Write the results as JUnit XML (Surefire format)."})
    private Path junit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Labels labels = language.labels();
        RuleSet ruleSet = RuleSetLoader.compileOrReport(directory, err, labels);
        if (ruleSet == null) {
            return ExitCodes.INVALID_INPUT;
        }
        List<Path> paths = scenarios.isEmpty() ? List.of(directory.resolve("scenarios")) : scenarios;
        ScenarioInputs inputs = ScenarioInputs.read(paths, ruleSet, err, labels);
        List<ScenarioResult> results = ScenarioRunner.of(ruleSet).runAll(inputs.files());
        ScenarioReportPrinter printer = new ScenarioReportPrinter(out, labels, ruleSet, directory);
        printer.results(results);
        printer.coverage(Coverage.of(ruleSet, results));
        printer.summary(results, inputs.files().size(), inputs.problems());
        if (junit != null) {
            JUnitXmlReport.write(ruleSet.name(), results, junit);
        }
        if (inputs.problems() > 0) {
            return ExitCodes.INVALID_INPUT;
        }
        return results.stream().allMatch(ScenarioResult::passed) ? ExitCodes.OK : ExitCodes.SCENARIOS_FAILED;
    }
}
