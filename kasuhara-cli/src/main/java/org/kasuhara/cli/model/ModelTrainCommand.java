// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.model;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kasuhara.cli.CliVersion;
import org.kasuhara.cli.ExitCodes;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.testkit.eval.LabelledCorpus;
import org.kasuhara.testkit.eval.NetTraining;
import org.kasuhara.text.TextNet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kasuhara model train [CORPUS…] [--rules DIR] [-o FILE]}: trains the statistical net from labelled corpora
 * and the rule set's lexicon examples, and writes {@code models/abuse-net.tsv}. The same inputs give the same file.
 */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        usageHelpAutoWidth = true,
        description = {"ラベル付きコーパスと辞書の例文から統計モデルを学習し、models/abuse-net.tsv を書きます。"
                + "同じ入力からは同じファイルができます。評価用のセットでは学習しないでください。",
            "Trains the statistical net from labelled corpora and the lexicon examples and writes"
                    + " models/abuse-net.tsv; the same inputs give the same file. Never train on an evaluation set."},
        exitCodeListHeading = "%n終了コード / Exit codes:%n",
        exitCodeList = {"0:学習しました / trained", "1:内部エラー / internal error", "2:入力のエラー / input error"})
public final class ModelTrainCommand implements Callable<Integer> {
    /** The repository's training corpora, relative to its root. */
    public static final List<Path> DEFAULT_CORPORA = List.of(
            Path.of("kasuhara-rules/src/test/resources/eval/corpus.tsv"),
            Path.of("kasuhara-rules/src/test/resources/train/extra.tsv"),
            Path.of("kasuhara-rules/src/test/resources/train/extra-2.tsv"),
            Path.of("kasuhara-rules/src/test/resources/train/extra-3.tsv"),
            Path.of("kasuhara-rules/src/test/resources/train/extra-4.tsv"),
            Path.of("kasuhara-rules/src/test/resources/train/extra-5.tsv"),
            Path.of("kasuhara-rules/src/test/resources/train/casual.tsv"),
            Path.of("kasuhara-rules/src/test/resources/eval/dev-2026-12/sentences.tsv"),
            Path.of("kasuhara-rules/src/test/resources/eval/dev-2026-12-b/sentences.tsv"),
            Path.of("kasuhara-rules/src/test/resources/eval/dev-2026-12-c/sentences.tsv"),
            Path.of("kasuhara-rules/src/test/resources/eval/dev-2026-12-d/sentences.tsv"),
            Path.of("kasuhara-rules/src/test/resources/eval/dev-2026-12-e/sentences.tsv"),
            Path.of("kasuhara-rules/src/test/resources/eval/dev-2026-12-f/sentences.tsv"),
            Path.of("kasuhara-rules/src/test/resources/eval/dev-2026-12-g/sentences.tsv"),
            Path.of("kasuhara-rules/src/test/resources/eval/dev-2026-12-h/sentences.tsv"),
            Path.of("kasuhara-rules/src/test/resources/eval/dev-2026-12-i/sentences.tsv"),
            Path.of("kasuhara-rules/src/test/resources/eval/dev-2026-12-j/sentences.tsv"));

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "CORPUS", description = {
        "ラベル付きコーパス（TSV）。省略時はリポジトリの corpus.tsv、train/extra.tsv、extra-2〜-5.tsv、train/casual.tsv"
            + " と開発用セット eval/dev-2026-12、-b〜-j の sentences.tsv。",
        "Labelled corpora (TSV); default the repository's corpus.tsv, train/extra.tsv, extra-2.tsv to extra-5.tsv,"
            + " train/casual.tsv and the development sets' sentences.tsv (eval/dev-2026-12 and -b to -j)."})
    private List<Path> corpora = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR", description = {"辞書の例文を使うルールセット（省略時は標準ルール）。",
        "The rule set whose lexicon examples are used (default rules when absent)."})
    private Path rules;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = {"出力先（省略時は標準出力）。",
        "Where to write the net (standard output when absent)."})
    private Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<LabelledCorpus> labelled = new ArrayList<>();
        for (Path corpus : corpora.isEmpty() ? DEFAULT_CORPORA : corpora) {
            try {
                labelled.add(LabelledCorpus.load(corpus));
            } catch (IOException | IllegalArgumentException e) {
                err.println("kasuhara model train: " + corpus + ": " + e.getMessage());
                err.flush();
                return ExitCodes.INVALID_INPUT;
            }
        }
        RuleSource source = rules == null ? RuleSource.defaults() : RuleSource.directory(rules);
        NetTraining.Trained trained = NetTraining.trainChecked(NetTraining.lexiconOf(source), labelled);
        TextNet net = trained.net();
        String text = net.toText();
        if (output == null) {
            out.print(text);
        } else {
            try {
                Files.createDirectories(output.toAbsolutePath().getParent());
                Files.writeString(output, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("kasuhara model train: cannot write " + output + ": " + e.getMessage());
                err.flush();
                return ExitCodes.INVALID_INPUT;
            }
            err.printf(Locale.ROOT, "wrote %s (threshold %.3f)%n", output, net.threshold());
            NetTraining.CrossValidation cv = trained.check();
            err.printf(Locale.ROOT, "交差検証（辞書が何も見つけない文）: 正当な文 %d 件の %.1f %%、嫌がらせの文 %d 件の %.1f %% が閾値以上%n"
                    + "cross-validated on the sentences the lexicons miss: %.1f %% of %d clean and %.1f %% of %d abusive"
                    + " at or above the threshold%n", cv.clean(), 100 * cv.cleanFlagged(), cv.abusive(),
                    100 * cv.abusiveFlagged(), 100 * cv.cleanFlagged(), cv.clean(), 100 * cv.abusiveFlagged(),
                    cv.abusive());
            err.printf(Locale.ROOT, "疑いの線 %.3f: 語を含む正当な文 %d 件の %.1f %%、嫌がらせの文 %d 件の %.1f %% が線より下%n"
                    + "doubt line %.3f: %.1f %% of %d clean and %.1f %% of %d abusive sentences with a lexicon signal"
                    + " under it%n", net.doubt(), cv.doubtableClean(), 100 * cv.cleanDoubted(), cv.doubtableAbusive(),
                    100 * cv.abusiveDoubted(), net.doubt(), 100 * cv.cleanDoubted(), cv.doubtableClean(),
                    100 * cv.abusiveDoubted(), cv.doubtableAbusive());
        }
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }
}
