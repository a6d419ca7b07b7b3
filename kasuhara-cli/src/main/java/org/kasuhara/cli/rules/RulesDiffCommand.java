// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.rules;

import org.kasuhara.testkit.diff.DiffReport;
import org.kasuhara.testkit.diff.RuleSetDiff;
import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import org.kasuhara.cli.io.CaseInputs;
import org.kasuhara.cli.io.Labels;
import org.kasuhara.cli.io.LanguageOption;
import org.kasuhara.cli.io.ProgressBar;
import org.kasuhara.cli.io.RecordTally;
import org.kasuhara.cli.io.RuleSetLoader;
import org.kasuhara.cli.io.StoreCases;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSetException;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.json.CaseRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kasuhara rules diff OLD_DIR NEW_DIR CASES…}: a dry run of a rule change. Streams past cases through both
 * rule sets and reports every case whose verdict, severity or police flag changes, grouped by change, with counts.
 * Invalid records are reported on standard error like {@code triage} does, and the others are still compared.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "過去の案件を変更前と変更後のルールセットで判定し、判定・重大度・警察への通報が変わる案件を変化ごとに件数つきで示します。",
            "ルール変更を本番に反映する前の試行です。案件ファイルは少しずつ読むので、大きくても構いません。",
            "Runs past cases through the old and the new rule set and reports every case whose verdict, severity or",
            "police flag changes, grouped by change, with counts: a dry run before adopting a rule change.",
            "Case files are streamed, so they may be large."},
        exitCodeListHeading = "%n終了コード / Exit codes:%n",
        exitCodeList = {
            "0:比較しました（変化があっても 0）/ compared (even when cases changed)",
            "1:内部エラー / internal error",
            "2:ルールセットのエラー、入力エラー、読めないファイル / rule-set error, invalid input, unreadable file"})
public final class RulesDiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = {
        "結果を機械で読める JSON で出力します（変化ごとの件数と案件）。",
        "Print the report as JSON: the changes with their counts and cases."})
    private boolean json;

    @Option(names = "--progress", negatable = true, description = {
        "標準エラーに進捗を表示します（既定では端末のときだけ）。--no-progress で表示しません。",
        "Show progress on standard error (by default only when it is a terminal); --no-progress hides it."})
    private Boolean progress;

    @Option(names = "--threads", paramLabel = "N", description = {
        "判定に使うスレッド数（既定: CPU コア数 = ${DEFAULT-VALUE}）。",
        "Threads that assess cases (default: the number of cores, ${DEFAULT-VALUE})."})
    private int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    private LanguageOption language;

    @Parameters(index = "0", paramLabel = "OLD_DIR", description = {
        "変更前のルールセットのフォルダ。", "The folder of the rule set in use (before the change)."})
    private Path oldDir;

    @Parameters(index = "1", paramLabel = "NEW_DIR", description = {
        "変更後のルールセットのフォルダ。", "The folder of the changed rule set."})
    private Path newDir;

    @Parameters(index = "2..*", arity = "0..*", paramLabel = "CASES", description = {
        "過去の案件のファイル（JSON Lines、JSON）。「-」は標準入力。--data を使うときは省略できます。",
        "Files of past cases (JSON Lines or JSON); '-' reads standard input. May be left out with --data."})
    private List<String> inputs = List.of();

    @Option(names = "--data", paramLabel = "DIR", description = {
        "案件データベース（H2）のフォルダ: 保存されているすべての案件で比べます。",
        "Folder of the case database (H2): compare on every case it holds."})
    private Path data;

    /** A compiled rule set, or the error that stopped it. */
    private record Compiled(RuleSet ruleSet, RuntimeException error) {
        static Compiled of(Path directory) {
            try {
                return new Compiled(RuleSetLoader.compile(directory), null);
            } catch (RuleSetException | UncheckedIOException e) {
                return new Compiled(null, e);
            }
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Labels labels = language.labels();
        if (inputs.isEmpty() && data == null) {
            err.println(labels.of("案件のファイルか --data DIR を指定してください", "give files of cases or --data DIR"));
            return ExitCodes.INVALID_INPUT;
        }
        if (data != null && !Files.isDirectory(data)) {
            err.println("--data: " + labels.of("フォルダがありません", "no such folder") + ": " + data);
            return ExitCodes.INVALID_INPUT;
        }
        if (threads < 1) {
            err.println("--threads: " + labels.of("1以上を指定してください", "must be 1 or more"));
            return ExitCodes.INVALID_INPUT;
        }
        // the two compilations are independent: the new one runs while this thread compiles the old one
        CompletableFuture<Compiled> compilingNew = CompletableFuture.supplyAsync(() -> Compiled.of(newDir));
        Compiled before = Compiled.of(oldDir);
        Compiled after = compilingNew.join();
        boolean broken = reportBroken(oldDir, before, err, labels);
        broken |= reportBroken(newDir, after, err, labels);
        if (broken) {
            return ExitCodes.INVALID_INPUT;
        }
        DiffReport report;
        try {
            report = compare(before.ruleSet(), after.ruleSet(), err, labels);
        } catch (org.kasuhara.cases.store.CaseStoreException e) {
            err.println(labels.of("案件データベースを使えません", "the case database is unavailable") + " (" + data + "): "
                    + e.getMessage());
            err.flush();
            return ExitCodes.INTERNAL_ERROR;
        }
        if (json) {
            new DiffJsonPrinter(out).print(before.ruleSet(), oldDir.toString(), after.ruleSet(), newDir.toString(),
                    report);
        } else {
            new DiffTextPrinter(out, labels).print(before.ruleSet(), oldDir.toString(), after.ruleSet(),
                    newDir.toString(), report);
        }
        return report.complete() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }

    private DiffReport compare(RuleSet before, RuleSet after, PrintWriter err, Labels labels) {
        TriageEngine oldEngine = TriageEngine.builder().ruleSet(before).build();
        TriageEngine newEngine = TriageEngine.builder().ruleSet(after).build();
        boolean showProgress = data == null && (progress != null ? progress : ProgressBar.stderrIsTerminal());
        ProgressBar bar = showProgress ? new ProgressBar(err, labels, totalBytes()) : null;
        DiffReport report = new DiffReport();
        RecordTally tally = new RecordTally();
        CaseInputs reader = new CaseInputs(System.in, err, labels);
        try (RuleSetDiff pipeline = new RuleSetDiff(oldEngine, newEngine, threads, result -> {
                    if (result.problem() != null) {
                        if (bar != null) {
                            bar.clear();
                        }
                        err.println(result.problem());
                        err.flush();
                        report.skipped(result.problem());
                        tally.skipped();
                    } else {
                        report.add(result.comparison());
                        tally.assessed();
                    }
                    if (bar != null) {
                        bar.caseDone();
                    }
                })) {
            for (String input : inputs) {
                LongConsumer bytesRead = bar == null ? null : bar::bytesRead;
                if (!reader.read(input, record -> pipeline.submit(input, record), bytesRead)) {
                    report.unreadableFile();
                    tally.unreadableFile();
                }
            }
            if (data != null) {
                StoreCases.forEach(data, (receipt, sequence, c) -> pipeline.submit(receipt,
                        new CaseRecord((int) Math.min(Integer.MAX_VALUE, sequence), c, null)));
            }
            pipeline.finish();
        }
        if (bar != null) {
            bar.finish();
        }
        err.print(tally.problems(labels));
        err.flush();
        return report;
    }

    /** The size of all inputs when every one is a regular file; -1 otherwise (standard input, a pipe). */
    private long totalBytes() {
        long total = 0;
        for (String input : inputs) {
            Path path = CaseInputs.STDIN.equals(input) ? null : Path.of(input);
            if (path == null || !Files.isRegularFile(path)) {
                return -1;
            }
            try {
                total += Files.size(path);
            } catch (IOException e) {
                return -1;
            }
        }
        return total;
    }

    private static boolean reportBroken(Path directory, Compiled compiled, PrintWriter err, Labels labels) {
        if (compiled.error() instanceof RuleSetException e) {
            RuleSetLoader.report(directory, e.problems(), err, labels);
            return true;
        }
        if (compiled.error() instanceof UncheckedIOException e) {
            RuleSetLoader.reportUnreadable(directory, e, err, labels);
            return true;
        }
        return false;
    }
}
