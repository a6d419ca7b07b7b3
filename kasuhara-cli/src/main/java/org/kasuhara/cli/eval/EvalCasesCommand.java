// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.eval;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import org.kasuhara.cli.io.LanguageOption;
import org.kasuhara.cli.io.RuleSetLoader;
import org.kasuhara.engine.RuleSetException;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Finding;
import org.kasuhara.testkit.eval.CaseEvaluation;
import org.kasuhara.testkit.eval.LabelledCase;
import org.kasuhara.testkit.eval.Score;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kasuhara eval cases FILE}: assesses labelled cases (JSON Lines, see {@link LabelledCase}) and prints the
 * share of verdicts in the accepted set, the harassment ↔ legitimate swaps, wrong police and accepted flags, and
 * precision and recall per behaviour. With {@code --data DIR} it scores the rule set against the verdicts the
 * counter's staff confirmed or corrected in the case store ({@link StaffAgreement}).
 */
@Command(name = "cases", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        usageHelpAutoWidth = true,
        description = {
            "ラベル付きの事案で判定を評価します: 許容される判定の割合、カスハラと正当な苦情の取り違え、通報・受理の誤り、"
                    + "行為類型ごとの適合率・再現率。",
            "Evaluates verdicts on labelled cases: the share in the accepted set, harassment/legitimate swaps, wrong"
                    + " police and accepted flags, and precision and recall per behaviour."},
        exitCodeListHeading = "%n終了コード / Exit codes:%n",
        exitCodeList = {"0:評価しました / evaluated", "1:内部エラー / internal error",
            "2:ファイルかルールセットのエラー / file or rule-set error"})
public final class EvalCasesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption language;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = {
        "ラベル付き事案（JSON Lines）。--data を使うときは省略します。",
        "The labelled cases (JSON Lines); leave out with --data."})
    private Path file;

    @Option(names = "--data", paramLabel = "DIR", description = {
        "案件データベース（H2）のフォルダ: スタッフが確認・修正した判定を正解として評価します。",
        "Folder of the case database (H2): score against the verdicts the counter's staff confirmed or corrected."})
    private Path data;

    @Option(names = "--rules", paramLabel = "DIR", description = {"ルールセットのフォルダ（省略時は標準ルール）。",
        "The rule set's folder (default rules when absent)."})
    private Path rules;

    @Option(names = "--misses", description = {"誤りをすべて表示します。", "List every miss."})
    private boolean misses;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((file == null) == (data == null)) {
            err.println("kasuhara eval cases: " + language.labels().of("FILE か --data DIR のどちらか一方を指定してください",
                    "give either FILE or --data DIR"));
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        TriageEngine engine;
        List<LabelledCase> cases;
        try {
            engine = TriageEngine.builder().ruleSet(RuleSetLoader.compile(rules)).build();
            if (data != null) {
                return StaffAgreementPrinter.print(engine, data, out, err, language.labels());
            }
            cases = LabelledCase.read(file);
        } catch (RuleSetException e) {
            RuleSetLoader.report(rules, e.problems(), err, language.labels());
            return ExitCodes.INVALID_INPUT;
        } catch (UncheckedIOException | IllegalArgumentException e) {
            err.println("kasuhara eval cases: " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        CaseEvaluation.Report report = CaseEvaluation.run(engine, cases);
        out.printf(Locale.ROOT, "cases: %d%n", report.cases());
        out.printf(Locale.ROOT, "verdict in accepted set: %d (%.1f %%)%n", report.inAccepted(),
                100.0 * report.inAccepted() / Math.max(1, report.cases()));
        out.printf(Locale.ROOT, "harassment <-> legitimate swaps: %d (harassment judged legitimate %d, legitimate judged"
                + " harassment %d)%n", report.swaps(), report.harassmentMissed(), report.swaps() - report.harassmentMissed());
        out.printf(Locale.ROOT, "police flag wrong: %d; accepted flag wrong: %d%n", report.policeWrong(),
                report.acceptedWrong());
        out.printf(Locale.ROOT, "hard legitimate cases right: %d of %d%n", report.hardRight(), report.hard());
        out.println();
        out.println("behaviour                 support  precision  recall");
        for (Map.Entry<Behaviour, Score> e : new java.util.TreeMap<>(report.byBehaviour()).entrySet()) {
            Score s = e.getValue();
            if (s.support() + s.falsePositives() > 0) {
                out.printf(Locale.ROOT, "%-25s %7d  %9.3f  %6.3f%n", e.getKey(), s.support(), s.precision(),
                        s.recall());
            }
        }
        if (misses) {
            out.println();
            for (CaseEvaluation.Miss miss : report.misses()) {
                out.printf(Locale.ROOT, "%s expected %s police=%s accepted=%s; got %s police=%s accepted=%s%s [%s]%n",
                        miss.label().id(), miss.label().verdicts(), miss.label().police(), miss.label().accepted(),
                        miss.assessment().verdict(), miss.assessment().policeReport(), miss.assessment().accepted(),
                        CaseEvaluation.isSwap(miss.assessment().verdict(), miss.label().verdicts()) ? " SWAP" : "",
                        String.join(",", miss.assessment().findings().stream().map(Finding::rule).toList()));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
