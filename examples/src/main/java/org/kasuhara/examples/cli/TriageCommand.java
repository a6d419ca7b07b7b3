package org.kasuhara.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
 * {@code kasuhara triage}: assesses cases (one object, an array, or JSON Lines per file) and prints a summary
 * or, with {@code --json}, one Assessment v1 line per case in input order. Invalid records are reported on
 * standard error and skipped; the others are still assessed.
 */
@Command(name = "triage", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "苦情の案件を判定します（正当なクレーム／要確認／カスタマーハラスメント）。",
            "入力は JSON オブジェクト、配列、または JSON Lines。無効なレコードは標準エラーに報告してスキップします。",
            "Assesses complaint cases (legitimate complaint / needs review / customer harassment).",
            "Input: a JSON object, an array, or JSON Lines. Invalid records are reported on stderr and skipped."},
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

    @Mixin
    private LanguageOption language;

    @Parameters(arity = "1..*", paramLabel = "FILE|-", description = {
        "案件のファイル。「-」は標準入力。",
        "Case files; '-' reads standard input."})
    private List<String> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Labels labels = language.labels();
        TriageEngine engine;
        try {
            RuleSet ruleSet = RuleSetLoader.compile(rules);
            engine = TriageEngine.builder().ruleSet(ruleSet).build();
        } catch (RuleSetException e) {
            RuleSetLoader.report(rules, e.problems(), err, labels);
            return ExitCodes.INVALID_INPUT;
        } catch (UncheckedIOException e) {
            RuleSetLoader.reportUnreadable(rules, e, err, labels);
            return ExitCodes.INVALID_INPUT;
        }
        AssessmentPrinter printer = json ? new JsonLinesPrinter(out) : new SummaryPrinter(out, labels);
        RecordTally tally = new RecordTally();
        CaseInputs reader = new CaseInputs(System.in, err, labels);
        for (String input : inputs) {
            if (!reader.read(input, record -> handle(record, engine, printer, tally, err))) {
                tally.unreadableFile();
            }
        }
        out.flush();
        err.print(tally.problems(labels));
        err.flush();
        return tally.allAssessed() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }

    private static void handle(CaseRecord record, TriageEngine engine, AssessmentPrinter printer, RecordTally tally,
            PrintWriter err) {
        if (record.isValid()) {
            printer.print(engine.assess(record.value()));
            tally.assessed();
        } else {
            err.println(record.problem());
            err.flush();
            tally.skipped();
        }
    }
}
