// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.eval;

import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import org.kasuhara.cli.io.LanguageOption;
import org.kasuhara.cli.io.RuleSetLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSetException;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.text.TextAnalyzer;
import org.kasuhara.testkit.eval.Evaluation;
import org.kasuhara.testkit.eval.LabelledCorpus;
import org.kasuhara.testkit.eval.SentenceVerdicts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kasuhara eval text [CORPUS]}: runs a rule set's text analyser over a labelled corpus and prints precision and
 * recall per category, overall, and the false-positive rate on legitimate sentences; then, when the public Japanese
 * toxicity data is present, the abusive-language figures on it ({@link ToxicDatasetEvaluation}).
 */
@Command(name = "text", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        usageHelpAutoWidth = true,
        description = {
            "テキストシグナルをラベル付きコーパスで評価し、カテゴリ別の適合率・再現率と正当な苦情での誤検知率を表示します。",
            "Evaluates the text signals on a labelled corpus: precision and recall per category, and the"
                    + " false-positive rate on legitimate complaints."},
        exitCodeListHeading = "%n終了コード / Exit codes:%n",
        exitCodeList = {"0:評価しました / evaluated", "1:内部エラー / internal error",
            "2:コーパスかルールセットのエラー / corpus or rule-set error"})
public final class EvalTextCommand implements Callable<Integer> {
    /** The corpus of the repository, relative to its root. */
    public static final Path DEFAULT_CORPUS = Path.of("kasuhara-rules/src/test/resources/eval/corpus.tsv");

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption language;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CORPUS", description = {
        "コーパス（TSV）。省略時は " + "kasuhara-rules/src/test/resources/eval/corpus.tsv。",
        "The corpus (TSV); default kasuhara-rules/src/test/resources/eval/corpus.tsv."})
    private Path corpus;

    @Option(names = "--rules", paramLabel = "DIR", description = {"ルールセットのフォルダ（省略時は標準ルール）。",
        "The rule set's folder (default rules when absent)."})
    private Path rules;

    @Option(names = "--toxic", paramLabel = "CSV", description = {
        "公開の日本語有害表現データ inspection-ai/japanese-toxic-dataset の subset.csv（リポジトリには含めません）。",
        "The public Japanese toxicity data inspection-ai/japanese-toxic-dataset, its subset.csv (not shipped)."})
    private Path toxic;

    @Option(names = "--misses", description = {"誤りをすべて表示します。", "List every miss."})
    private boolean misses;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path corpusFile = corpus != null ? corpus : DEFAULT_CORPUS;
        TextAnalyzer analyzer;
        TriageEngine engine;
        LabelledCorpus labelled;
        try {
            RuleSet ruleSet = RuleSetLoader.compile(rules);
            analyzer = ruleSet.analyzer();
            engine = TriageEngine.builder().ruleSet(ruleSet).build();
            labelled = LabelledCorpus.load(corpusFile);
        } catch (RuleSetException e) {
            RuleSetLoader.report(rules, e.problems(), err, language.labels());
            return ExitCodes.INVALID_INPUT;
        } catch (IOException | IllegalArgumentException e) {
            err.println("kasuhara eval text: " + corpusFile + ": " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        out.print(Evaluation.run(analyzer, labelled).format(misses));
        out.println();
        out.println();
        out.print(SentenceVerdicts.run(engine, labelled).format(misses));
        Path toxicFile = toxic;
        if (toxicFile != null && Files.isRegularFile(toxicFile)) {
            out.println();
            out.print(ToxicDatasetEvaluation.run(analyzer, toxicFile).format(misses));
            out.print(ToxicDatasetEvaluation.verdicts(engine, toxicFile).format());
        } else if (toxic != null) {
            err.println("kasuhara eval text: " + toxicFile + ": no such file");
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        out.flush();
        return ExitCodes.OK;
    }
}
