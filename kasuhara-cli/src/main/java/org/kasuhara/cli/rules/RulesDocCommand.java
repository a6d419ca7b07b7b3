// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.rules;

import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import org.kasuhara.cli.io.Labels;
import org.kasuhara.cli.io.LanguageOption;
import org.kasuhara.cli.io.RuleSetLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kasuhara.catalogue.GuidelineCatalogue;
import org.kasuhara.testkit.catalogue.RuleCatalogue;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.testkit.scenario.RuleExamples;
import org.kasuhara.testkit.scenario.ScenarioException;
import org.kasuhara.testkit.scenario.ScenarioFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kasuhara rules doc DIR}: writes the rule set's catalogue (Markdown, Japanese and English) from the rules'
 * metadata, with an example per rule from its scenarios.
 */
@Command(name = "doc", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        usageHelpAutoWidth = true,
        description = {
            "ルール一覧（Markdown、日本語と英語）をルールのメタデータから作ります。例は scenarios/ から取ります。",
            "Writes the rule catalogue (Markdown, Japanese and English) from the rules' metadata, with examples"
                    + " from scenarios/."},
        exitCodeListHeading = "%n終了コード / Exit codes:%n",
        exitCodeList = {
            "0:作成しました / written",
            "1:内部エラー / internal error",
            "2:ルールセットかシナリオのエラー / rule-set or scenario error"})
public final class RulesDocCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption language;

    @Parameters(index = "0", paramLabel = "DIR", description = {"ルールセットのフォルダ。", "The rule set's folder."})
    private Path directory;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = {
        "書き出すファイル（省略時は標準出力）。", "The file to write (standard output when absent)."})
    private Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Labels labels = language.labels();
        RuleSet ruleSet = RuleSetLoader.compileOrReport(directory, err, labels);
        if (ruleSet == null) {
            return ExitCodes.INVALID_INPUT;
        }
        Map<String, String> examples;
        try {
            examples = RuleExamples.of(ScenarioFile.readAll(RuleSource.directory(directory), ruleSet));
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        String document = RuleCatalogue.markdown(ruleSet, GuidelineCatalogue.defaults(), examples);
        if (output == null) {
            spec.commandLine().getOut().print(document);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(output, document);
            err.println(labels.of("書き出しました: ", "written: ") + output);
            err.flush();
        }
        return ExitCodes.OK;
    }
}
