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
import java.util.concurrent.Callable;
import org.kasuhara.engine.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kasuhara rules check DIR}: compiles and validates a rule set, printing {@code OK: name version, N rules}
 * or every problem with its file and line.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        usageHelpAutoWidth = true,
        description = {
            "ルールセットをコンパイルして検証し、問題をすべてファイル名と行番号つきで表示します。",
            "Compiles and validates a rule set; prints every problem with its file and line."},
        exitCodeListHeading = "%n終了コード / Exit codes:%n",
        exitCodeList = {
            "0:問題なし / the rule set is valid",
            "1:内部エラー / internal error",
            "2:問題あり / the rule set has problems"})
public final class RulesCheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption language;

    @Parameters(index = "0", paramLabel = "DIR", description = {
        "ルールセットのフォルダ（ruleset.yaml、policy.yaml、signals/、verdict/）。",
        "The rule set's folder (ruleset.yaml, policy.yaml, signals/, verdict/)."})
    private Path directory;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Labels labels = language.labels();
        RuleSet ruleSet = RuleSetLoader.compileOrReport(directory, err, labels);
        if (ruleSet == null) {
            return ExitCodes.INVALID_INPUT;
        }
        int count = ruleSet.rules().size();
        String rulesLabel = labels.bilingual() ? count + " rules / ルール" + count + "件"
                : labels.of("ルール" + count + "件", count + " rules");
        out.println("OK: " + ruleSet.name() + " " + ruleSet.version() + ", " + rulesLabel);
        out.flush();
        return ExitCodes.OK;
    }
}
