// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kasuhara.text.SignalCategory;

/**
 * The result of an {@link Evaluation}.
 *
 * @param corpus            the corpus name
 * @param sentences         how many sentences were evaluated
 * @param byCategory        scores per category (categories neither expected nor found are absent)
 * @param abusive           sentences labelled harassment
 * @param abusiveFound      of those, how many got at least one harassment signal (sentence-level recall)
 * @param legitimate        sentences labelled legitimate (complaints, quoted abuse, negations, legal recourse, praise)
 * @param legitimateFlagged of those, how many got a harassment signal: false positives
 * @param misses            sentences whose found categories differ from the expected ones
 */
public record EvaluationReport(String corpus, int sentences, Map<SignalCategory, Score> byCategory, int abusive,
                               int abusiveFound, int legitimate, int legitimateFlagged, List<Miss> misses) {
    /**
     * A sentence the analyser got wrong.
     *
     * @param sentence the sentence
     * @param found    the categories found
     */
    public record Miss(LabelledSentence sentence, Set<SignalCategory> found) {
    }

    /** Copies the collections. */
    public EvaluationReport {
        byCategory = Map.copyOf(byCategory);
        misses = List.copyOf(misses);
    }

    /**
     * Precision and recall over all harassment categories together (micro-averaged; legal recourse and compensation
     * demands excluded).
     *
     * @return the summed score
     */
    public Score overall() {
        return byCategory.entrySet().stream().filter(e -> Evaluation.isHarassment(e.getKey()))
                .map(Map.Entry::getValue).reduce(new Score(0, 0, 0), Score::plus);
    }

    /**
     * The score of one category.
     *
     * @param category the category
     * @return its score, all zero when it was neither expected nor found
     */
    public Score score(SignalCategory category) {
        return byCategory.getOrDefault(category, new Score(0, 0, 0));
    }

    /**
     * Sentence-level recall: the share of harassment sentences with at least one harassment signal.
     *
     * @return the share, 1 when there are none
     */
    public double sentenceRecall() {
        return abusive == 0 ? 1.0 : (double) abusiveFound / abusive;
    }

    /**
     * The false-positive rate on legitimate sentences.
     *
     * @return the share of legitimate sentences with a harassment signal, 0 when there are none
     */
    public double falsePositiveRate() {
        return legitimate == 0 ? 0.0 : (double) legitimateFlagged / legitimate;
    }

    /**
     * The report as a plain-text table, followed by the misses.
     *
     * @param withMisses whether to list every miss
     * @return the text
     */
    public String format(boolean withMisses) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Corpus %s: %d sentences (%d harassment, %d legitimate)%n%n", corpus,
                sentences, abusive, legitimate));
        b.append(String.format(Locale.ROOT, "%-20s %9s %7s %7s %4s %4s %4s%n", "category", "precision", "recall",
                "support", "TP", "FP", "FN"));
        for (SignalCategory category : SignalCategory.values()) {
            if (byCategory.containsKey(category)) {
                row(b, category.name(), byCategory.get(category));
            }
        }
        row(b, "OVERALL (harassment)", overall());
        b.append(String.format(Locale.ROOT, "%nSentence-level recall on harassment: %.3f (%d/%d)%n", sentenceRecall(),
                abusiveFound, abusive));
        b.append(String.format(Locale.ROOT, "False-positive rate on legitimate sentences: %.3f (%d/%d)%n",
                falsePositiveRate(), legitimateFlagged, legitimate));
        if (withMisses) {
            b.append(String.format(Locale.ROOT, "%nMisses (%d):%n", misses.size()));
            for (Miss miss : misses) {
                b.append(String.format(Locale.ROOT, "  %-16s expected %-30s found %-30s %s%n", miss.sentence().id(),
                        miss.sentence().expected(), miss.found(), miss.sentence().text()));
            }
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Score s) {
        b.append(String.format(Locale.ROOT, "%-20s %9.3f %7.3f %7d %4d %4d %4d%n", name, s.precision(), s.recall(),
                s.support(), s.truePositives(), s.falsePositives(), s.falseNegatives()));
    }
}
