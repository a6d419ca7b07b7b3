// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.testkit.eval.LabelledCorpus;
import org.kasuhara.testkit.eval.LabelledSentence;
import org.kasuhara.testkit.eval.NetTraining;
import org.kasuhara.text.LexiconEntry;
import org.kasuhara.text.TextNet;

/**
 * The statistical net the default rule set ships ({@code models/abuse-net.tsv}) is exactly what training on the
 * repository's labelled data gives, and none of that data comes from an evaluation set.
 */
class StatisticalNetTest {
    static final List<Path> TRAINING = List.of(Path.of("src/test/resources/eval/corpus.tsv"),
            Path.of("src/test/resources/train/extra.tsv"), Path.of("src/test/resources/train/extra-2.tsv"),
            Path.of("src/test/resources/train/extra-3.tsv"), Path.of("src/test/resources/train/extra-4.tsv"),
            Path.of("src/test/resources/train/extra-5.tsv"),
            Path.of("src/test/resources/train/casual.tsv"),
            Path.of("src/test/resources/eval/dev-2026-12/sentences.tsv"),
            Path.of("src/test/resources/eval/dev-2026-12-b/sentences.tsv"),
            Path.of("src/test/resources/eval/dev-2026-12-c/sentences.tsv"),
            Path.of("src/test/resources/eval/dev-2026-12-d/sentences.tsv"),
            Path.of("src/test/resources/eval/dev-2026-12-e/sentences.tsv"),
            Path.of("src/test/resources/eval/dev-2026-12-f/sentences.tsv"),
            Path.of("src/test/resources/eval/dev-2026-12-g/sentences.tsv"),
            Path.of("src/test/resources/eval/dev-2026-12-h/sentences.tsv"),
            Path.of("src/test/resources/eval/dev-2026-12-i/sentences.tsv"),
            Path.of("src/test/resources/eval/dev-2026-12-j/sentences.tsv"));
    private static final Path SHIPPED = Path.of("src/main/resources/kasuhara/rules/default/models/abuse-net.tsv");

    private static List<LabelledCorpus> corpora(List<Path> files) throws IOException {
        List<LabelledCorpus> corpora = new java.util.ArrayList<>();
        for (Path file : files) {
            corpora.add(LabelledCorpus.load(file));
        }
        return corpora;
    }

    @Test
    void theShippedNetIsWhatTrainingOnTheRepositoryDataGivesBitForBit() throws IOException {
        RuleSource rules = RuleSource.defaults();
        NetTraining.Trained checked = NetTraining.trainChecked(NetTraining.lexiconOf(rules), corpora(TRAINING));
        TextNet trained = checked.net();
        NetTraining.CrossValidation cv = checked.check();
        assertThat(cv.clean()).as("clean sentences the lexicons miss, scored by cross-validation").isGreaterThan(1000);
        assertThat(cv.cleanFlagged()).as("the threshold keeps to its share of clean sentences")
                .isLessThanOrEqualTo((NetTraining.MAX_CLEAN_FLAGGED_PERCENT / 100) + 1.0 / cv.clean());
        assertThat(cv.abusiveFlagged()).as("the net separates abusive from clean sentences it did not see")
                .isGreaterThan(0.5);
        assertThat(cv.abusiveDoubted()).as("the doubt line keeps to its share of abusive sentences holding a term")
                .isLessThanOrEqualTo(NetTraining.MAX_ABUSIVE_DOUBTED_PERCENT / 100);
        assertThat(cv.cleanDoubted()).as("and catches more of the clean ones").isGreaterThan(cv.abusiveDoubted());
        assertThat(trained.doubt()).isPositive().isLessThan(trained.threshold());

        assertThat(trained.toText()).as("rebuild with: ./kasuhara model train -o"
                + " kasuhara-rules/src/main/resources/kasuhara/rules/default/models/abuse-net.tsv")
                .isEqualTo(Files.readString(SHIPPED));
        assertThat(TextNet.parse(Files.readString(SHIPPED), "abuse-net.tsv").toText()).isEqualTo(trained.toText());
    }

    @Test
    void noTrainingSentenceComesFromAnEvaluationSet() throws IOException {
        Set<String> training = new HashSet<>();
        corpora(TRAINING).forEach(c -> c.sentences().forEach(s -> training.add(s.text().strip())));
        NetTraining.lexiconOf(RuleSource.defaults()).stream().map(LexiconEntry::example).map(String::strip)
                .forEach(training::add);
        List<Path> evaluations = new java.util.ArrayList<>(List.of(Path.of("src/test/resources/eval/heldout.tsv")));
        try (var sets = Files.list(Path.of("src/test/resources/eval"))) {
            sets.filter(d -> d.getFileName().toString().startsWith("blind-")).map(d -> d.resolve("sentences.tsv"))
                    .filter(Files::isRegularFile).sorted().forEach(evaluations::add);
        }
        assertThat(evaluations).hasSizeGreaterThanOrEqualTo(5);
        for (Path evaluation : evaluations) {
            Set<String> held = LabelledCorpus.load(evaluation).sentences().stream().map(LabelledSentence::text)
                    .map(String::strip).collect(Collectors.toSet());
            held.retainAll(training);
            assertThat(held).as("sentences of " + evaluation + " among the training data").isEmpty();
        }
    }

    @Test
    void theNetScoresAbuseAboveCleanComplaints() throws IOException {
        TextNet net = TextNet.parse(Files.readString(SHIPPED), "abuse-net.tsv");

        assertThat(net.threshold()).isBetween(0.5, 0.99);
        assertThat(net.score("お前なんか小学生以下だな、さっさと上の人間を出せ"))
                .isGreaterThan(net.score("お忙しいところ恐縮ですが、返金の状況を教えていただけますか"));
        assertThat(net.score("")).isZero();
    }

    /**
     * One sentence more (a new lexicon entry's example, say) must not reshuffle the net: the epochs' order and the
     * folds follow each sentence's text, not its position, and the weights are averaged over epochs. Before, one
     * example added to a lexicon moved 17 development sentences across the threshold.
     */
    @Test
    void oneMoreTrainingSentenceChangesTheNetLittle() throws IOException {
        LabelledCorpus corpus = LabelledCorpus.load(TRAINING.get(0));
        LabelledCorpus oneMore = LabelledCorpus.parse(new java.io.StringReader("# one more\n"
                + "id\tlanguage\tspeaker\texpected\tkind\ttext\n"
                + "x-1\ten\tcustomer\tSEXUAL\tabuse\tA guest asked me for my personal Instagram twice.\n"),
                "one-more.tsv");
        TextNet before = NetTraining.train(List.of(), List.of(corpus));
        TextNet after = NetTraining.train(List.of(), List.of(oneMore, corpus)); // first: every position moves

        double largest = corpus.sentences().stream()
                .mapToDouble(s -> Math.abs(before.score(s.text()) - after.score(s.text()))).max().orElseThrow();
        assertThat(largest).as("the largest change of a training sentence's score").isLessThan(0.05);
        assertThat(after.threshold()).isCloseTo(before.threshold(), org.assertj.core.data.Offset.offset(0.03));
    }
}
