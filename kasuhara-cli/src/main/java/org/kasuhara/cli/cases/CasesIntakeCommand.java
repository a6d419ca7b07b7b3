// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.cases;

import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import org.kasuhara.cli.io.CaseInputs;
import org.kasuhara.cli.io.Labels;
import org.kasuhara.cli.io.LanguageOption;
import org.kasuhara.cli.io.RecordTally;
import org.kasuhara.cli.io.RuleSetLoader;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleExecutionException;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.json.CaseRecord;
import org.kasuhara.cases.store.CaseIntake;
import org.kasuhara.cases.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code kasuhara cases intake FILE…}: stores each valid case exactly as received, assesses it, and prints its
 * receipt number. Cases received earlier but never assessed (after a crash) are assessed first. Invalid records are
 * reported by file, line and field, and nothing is stored for them.
 */
@Command(name = "intake", mixinStandardHelpOptions = true, versionProvider = CliVersion.class, sortOptions = false,
        description = {
            "案件を受け付けて保存し、判定して受付番号を表示します。同じ案件IDの再送は元の受付番号を返します。",
            "無効なレコードはファイル・行・項目を報告し、保存しません。",
            "Stores each case as received, assesses it and prints its receipt number; a re-submitted case id",
            "gets its original receipt. Invalid records are reported by file, line and field and not stored."},
        exitCodeListHeading = "%n終了コード / Exit codes:%n",
        exitCodeList = {
            "0:すべて受け付けました / every record stored",
            "1:内部エラー、データベースを使えない / internal error, database unavailable",
            "2:入力エラー、読めないファイル、ルールセットのエラー / invalid input, unreadable file, rule-set error"})
public final class CasesIntakeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CaseStoreOption storeOption;

    @Option(names = "--rules", paramLabel = "DIR", description = {
        "このフォルダのルールセットで判定します（省略時は標準ルール）。",
        "Assess with the rule set in this folder (the default rules when absent)."})
    private Path rules;

    @Mixin
    private LanguageOption language;

    @Parameters(arity = "1..*", paramLabel = "FILE|-", description = {
        "案件のファイル（JSON オブジェクト、配列、JSON Lines）。「-」は標準入力。",
        "Case files (a JSON object, an array, or JSON Lines); '-' reads standard input."})
    private List<String> inputs;

    private final InputStream stdin;

    /** Reads standard input from {@link System#in}. */
    public CasesIntakeCommand() {
        this(System.in);
    }

    public CasesIntakeCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Labels labels = language.labels();
        RuleSet ruleSet = RuleSetLoader.compileOrReport(rules, err, labels);
        if (ruleSet == null) {
            return ExitCodes.INVALID_INPUT;
        }
        TriageEngine engine = TriageEngine.builder().ruleSet(ruleSet).build();
        return storeOption.run(err, labels, store -> intakeAll(store, engine, out, err, labels));
    }

    private int intakeAll(CaseStore store, TriageEngine engine, PrintWriter out, PrintWriter err, Labels labels) {
        CaseIntake intake = new CaseIntake(store, engine);
        int recovered = intake.assessPending();
        if (recovered > 0) {
            err.println(labels.of("未判定だった" + recovered + "件を判定しました",
                    recovered + " case(s) received earlier but not assessed were assessed now"));
        }
        RecordTally tally = new RecordTally();
        CaseInputs reader = new CaseInputs(stdin, err, labels);
        for (String input : inputs) {
            if (!reader.readWithText(input, (record, text) -> handle(input, record, text, intake, out, err, tally, labels))) {
                tally.unreadableFile();
            }
        }
        out.flush();
        err.print(tally.problems(labels));
        err.flush();
        return tally.allAssessed() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }

    private static void handle(String input, CaseRecord record, String text, CaseIntake intake, PrintWriter out, PrintWriter err,
            RecordTally tally, Labels labels) {
        if (!record.isValid()) {
            err.println(record.problem());
            err.flush();
            tally.skipped();
            return;
        }
        CaseIntake.Result result;
        try {
            result = intake.receive(record.value(), text);
        } catch (RuleExecutionException e) {
            // stored but not assessed: the records after it go on, and the next intake assesses it again
            err.println(input + ":" + record.line() + ": " + labels.of(
                    "受付済み・未判定: " + e.message(true), "received, not assessed: " + e.message(false)));
            err.flush();
            tally.skipped();
            return;
        }
        var receipt = result.receipt();
        String what = result.assessment()
                .map(entry -> labels.verdict(entry.assessment().verdict()))
                .orElse(result.differs()
                        ? labels.of("受付済み（再送。内容が最初の受付と異なりますが、保存していません。最初の内容を保持）",
                                "already received (this re-submission differs from the case first received and was"
                                        + " not stored; the first is kept)")
                        : labels.of("受付済み（再送・変更なし）", "already received (re-submission, nothing changed)"));
        out.println(String.join("  ", receipt.number(), receipt.caseId(), what,
                labels.of("報告期限", "report due") + " " + receipt.reportDueBy()));
        tally.assessed();
    }
}
