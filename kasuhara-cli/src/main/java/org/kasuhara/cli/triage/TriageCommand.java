// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.triage;

import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import org.kasuhara.cli.io.CaseInputs;
import org.kasuhara.cli.io.Labels;
import org.kasuhara.cli.io.LanguageOption;
import org.kasuhara.cli.triage.internal.InOrder;
import org.kasuhara.cli.io.RecordTally;
import org.kasuhara.cli.io.RuleSetLoader;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kasuhara.engine.ReloadingTriageEngine;
import org.kasuhara.engine.RuleExecutionException;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSetException;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.json.CaseRecord;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Assessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kasuhara triage}: assesses cases (one object, an array, or JSON Lines per file) and prints a summary
 * or, with {@code --json}, one Assessment v1 line per case in input order. Invalid records are reported on
 * standard error and skipped; the others are still assessed. With {@code --watch} the rule folder is watched while
 * the input streams in (e.g. {@code tail -f cases.jsonl | kasuhara triage --watch --rules DIR -}): each valid
 * change is used from the next case on, and each reload is announced on standard error.
 */
@Command(name = "triage", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "苦情の案件を判定します（正当なクレーム／要確認／カスタマーハラスメント）。",
            "入力は JSON オブジェクト、配列、または JSON Lines。無効なレコードは標準エラーに報告してスキップします。",
            "Assesses complaint cases (legitimate complaint / needs review / customer harassment).",
            "Input: a JSON object, an array, or JSON Lines. Invalid records are reported on stderr and skipped.",
            "--watch: ルールの変更を再起動なしで反映しながら、入力（JSON Lines）を終わりまで読み続けます。",
            "--watch: keeps reading the input (JSON Lines) to its end while loading rule changes without a restart."},
        exitCodeListHeading = "%n終了コード / Exit codes:%n",
        exitCodeList = {
            "0:すべて判定しました / all cases assessed",
            "1:内部エラー / internal error",
            "2:入力エラー、読めないファイル、ルールセットのエラー / invalid input, unreadable file, rule-set error"})
public final class TriageCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = {
        "判定結果を1件1行の JSON（Assessment v1、入力順）で出力します。",
        "Print one Assessment v1 JSON object per line, in input order, and nothing else."})
    private boolean json;

    @Option(names = "--rules", paramLabel = "DIR", description = {
        "このフォルダのルールセットを使います（省略時は標準ルール）。",
        "Use the rule set in this folder (the default rules when absent)."})
    private Path rules;

    @Option(names = "--watch", description = {
        "--rules のフォルダを監視し、正しい変更を次の案件から使います。再読み込みのたびに標準エラーに知らせます。",
        "誤りのある変更は行番号つきで報告し、使用中のルールを継続します。",
        "Watch the --rules folder and use each valid change from the next case on, announcing every reload on",
        "stderr; a change with errors is reported by file and line, and the running rules stay."})
    private boolean watch;

    @Option(names = "--threads", paramLabel = "N", description = {
        "判定に使うスレッド数（既定: CPU コア数）。出力は入力順で、1 スレッドと同じです。標準入力と --watch では、",
        "1件ずつすぐに出力するため 1 スレッドです。",
        "Threads that assess (default: the number of cores). Output stays in input order, the same as with one.",
        "Standard input and --watch use one, so that each assessment is printed as soon as it is made."})
    private int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    private LanguageOption language;

    private final InputStream stdin;

    /** Reads standard input from {@link System#in}. */
    public TriageCommand() {
        this(System.in);
    }

    public TriageCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Parameters(arity = "0..*", paramLabel = "FILE|-", description = {
        "案件のファイル。「-」または省略で標準入力。",
        "Case files; '-', or none, reads standard input."})
    private List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Labels labels = language.labels();
        if (watch && rules == null) {
            err.println(labels.of("--watch には監視するフォルダを --rules DIR で指定してください",
                    "--watch needs the folder to watch: --rules DIR"));
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        TriageEngine engine;
        try {
            engine = watch ? watching(err, labels)
                    : TriageEngine.builder().ruleSet(RuleSetLoader.compile(rules)).build();
        } catch (RuleSetException e) {
            RuleSetLoader.report(rules, e.problems(), err, labels);
            return ExitCodes.INVALID_INPUT;
        } catch (UncheckedIOException e) {
            RuleSetLoader.reportUnreadable(rules, e, err, labels);
            return ExitCodes.INVALID_INPUT;
        }
        try {
            return assessAll(engine, out, err, labels);
        } finally {
            if (engine instanceof ReloadingTriageEngine reloading) {
                reloading.close();
            }
        }
    }

    private ReloadingTriageEngine watching(PrintWriter err, Labels labels) {
        ReloadingTriageEngine engine = TriageEngine.builder().rules(RuleSource.directory(rules)).buildWatching();
        engine.subscribe(new ReloadNotices(rules, err, labels));
        return engine;
    }

    private int assessAll(TriageEngine engine, PrintWriter out, PrintWriter err, Labels labels) {
        if (threads < 1) {
            err.println(labels.of("--threads は 1 以上にしてください", "--threads must be 1 or more") + " (" + threads + ")");
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        // Assessments are rendered to text on the worker threads too; the reading thread only writes them out.
        java.util.function.Function<Assessment, String> render = json
                ? assessment -> KasuharaJson.toJson(assessment) + System.lineSeparator()
                : assessment -> {
                    java.io.StringWriter text = new java.io.StringWriter();
                    new SummaryPrinter(new PrintWriter(text), labels).print(assessment);
                    return text.toString();
                };
        RecordTally tally = new RecordTally();
        CaseInputs reader = new CaseInputs(stdin, err, labels);
        // Records are read and results written on this thread, in input order; only assessing runs on the pool.
        if (inputs.isEmpty()) {
            inputs = List.of(CaseInputs.STDIN); // ./kasuhara triage --json < cases.jsonl
        }
        boolean streaming = watch || inputs.contains(CaseInputs.STDIN);
        try (InOrder<Runnable> ordered = new InOrder<>(streaming ? 1 : threads, Runnable::run)) {
            for (String input : inputs) {
                if (!reader.read(input, record -> ordered.submit(() ->
                        handle(input, record, engine, render, tally, out, err, labels, streaming)))) {
                    ordered.finish();
                    tally.unreadableFile();
                }
            }
            ordered.finish();
        }
        out.flush();
        synchronized (err) {
            err.print(tally.problems(labels));
            err.flush();
        }
        return tally.allAssessed() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }

    /**
     * Assesses one record on a worker thread; what it returns writes the outcome, on the reading thread in input
     * order.
     */
    private static Runnable handle(String input, CaseRecord record, TriageEngine engine,
            java.util.function.Function<Assessment, String> render, RecordTally tally, PrintWriter out,
            PrintWriter err, Labels labels, boolean streaming) {
        if (!record.isValid()) {
            return () -> {
                err.println(record.problem());
                err.flush();
                tally.skipped();
            };
        }
        try {
            String text = render.apply(engine.assess(record.value()));
            return () -> {
                out.print(text);
                if (streaming) {
                    out.flush();
                }
                tally.assessed();
            };
        } catch (RuleExecutionException e) {
            // a runaway rule fails this case only; the records after it are still assessed
            return () -> {
                err.println(input + ":" + record.line() + ": " + labels.of(e.message(true), e.message(false)));
                err.flush();
                tally.skipped();
            };
        }
    }
}
