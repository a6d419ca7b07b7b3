// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.rules;

import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import org.kasuhara.cli.io.Labels;
import org.kasuhara.cli.io.LanguageOption;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kasuhara.engine.RuleSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kasuhara rules init DIR}: copies the default rule set (DRL, policy, lexicons, manifest, and scenarios when
 * it ships any) into a new folder, with a README in Japanese and English that explains every file. A folder that
 * is not empty is refused unless {@code --force} is given, so edited rules are never overwritten by accident.
 */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "標準ルールセットをフォルダにコピーし、各ファイルを説明する README（日本語・英語）を添えます。",
            "空でないフォルダには --force なしでは書き込みません。",
            "Copies the default rule set into a folder, with a README in Japanese and English explaining every file.",
            "A folder that is not empty is refused unless --force is given."},
        exitCodeListHeading = "%n終了コード / Exit codes:%n",
        exitCodeList = {
            "0:作成しました / workspace created",
            "1:内部エラー / internal error",
            "2:フォルダが空でない、書き込めない、名前が不正 / folder not empty, not writable, or a bad name"})
public final class RulesInitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--name", paramLabel = "NAME", description = {
        "ruleset.yaml の name:（判定結果に記録される名前）。省略時は標準の名前のままです。",
        "The name: in ruleset.yaml, recorded in every assessment; the default rules' name when absent."})
    private String name;

    @Option(names = "--force", description = {
        "空でないフォルダにも書き込みます（同じ名前のファイルは上書きし、その他のファイルは残します）。",
        "Write into a folder that is not empty (files of the same name are overwritten, others are kept)."})
    private boolean force;

    @Mixin
    private LanguageOption language;

    @Parameters(index = "0", paramLabel = "DIR", description = {
        "作成するフォルダ（親フォルダも作成します）。",
        "The folder to create (its parents are created too)."})
    private Path directory;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Labels labels = language.labels();
        if (name != null && (name.isBlank() || name.contains("\n") || name.contains("\r"))) {
            err.println("--name: " + labels.of("1行の空でない名前を指定してください", "give a non-blank name on one line"));
            return ExitCodes.INVALID_INPUT;
        }
        try {
            if (Files.exists(directory) && !Files.isDirectory(directory)) {
                err.println(directory + ": " + labels.of("フォルダではありません", "not a folder"));
                return ExitCodes.INVALID_INPUT;
            }
            if (!force && RuleSetWorkspace.isNonEmpty(directory)) {
                err.println(directory + ": " + labels.of(
                        "フォルダが空ではありません。上書きするには --force を指定してください",
                        "the folder is not empty; use --force to write into it anyway"));
                return ExitCodes.INVALID_INPUT;
            }
            List<String> written = RuleSetWorkspace.create(RuleSource.defaults(), directory, name);
            written.forEach(file -> out.println("  " + directory.resolve(file)));
            out.println(labels.of(written.size() + "件のファイルを作成しました。次に: kasuhara rules check " + directory,
                    written.size() + " files written. Next: kasuhara rules check " + directory));
            out.flush();
            return ExitCodes.OK;
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            err.println(directory + ": " + labels.of("書き込めません", "cannot write") + " (" + cause + ")");
            return ExitCodes.INVALID_INPUT;
        }
    }
}
