// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kasuhara.text.Polarity;
import org.kasuhara.text.SignalCategory;
import org.kasuhara.text.TextAnalyzer;
import org.kasuhara.text.TextInput;
import org.kasuhara.text.TextSignal;

/**
 * Runs an analyser over a labelled corpus. A sentence's <em>found</em> categories are those of its signals that are
 * evidence ({@link Polarity#HARASSMENT}), plus {@link SignalCategory#LEGAL_RECOURSE} when legal recourse is found
 * and not negated ({@link Polarity#PROTECTIVE}); each is compared with the expected set.
 */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * Whether a category counts as harassment for the false-positive rate: every category with a behaviour except
     * {@link SignalCategory#COMPENSATION_DEMAND}, which is harassment only when the demand lacks validity.
     *
     * @param category a category
     * @return {@code true} when finding it in a legitimate sentence is a false positive
     */
    public static boolean isHarassment(SignalCategory category) {
        return category.behaviour() != null && category != SignalCategory.COMPENSATION_DEMAND;
    }

    /**
     * Evaluates the analyser.
     *
     * @param analyzer the analyser, e.g. a rule set's
     * @param corpus   the labelled sentences
     * @return the report
     */
    public static EvaluationReport run(TextAnalyzer analyzer, LabelledCorpus corpus) {
        Objects.requireNonNull(analyzer, "analyzer");
        Map<SignalCategory, Score> scores = new EnumMap<>(SignalCategory.class);
        List<EvaluationReport.Miss> misses = new ArrayList<>();
        int abusive = 0;
        int abusiveFound = 0;
        int legitimate = 0;
        int legitimateFlagged = 0;
        for (LabelledSentence sentence : corpus.sentences()) {
            Set<SignalCategory> found = asLabelled(found(analyzer.analyze(new TextInput(0, sentence.text(),
                    sentence.language(), sentence.speaker()))), sentence.expected());
            for (SignalCategory category : SignalCategory.values()) {
                boolean expected = sentence.expected().contains(category);
                boolean got = found.contains(category);
                if (expected || got) {
                    scores.merge(category, new Score(expected && got ? 1 : 0, got && !expected ? 1 : 0,
                            expected && !got ? 1 : 0), Score::plus);
                }
            }
            boolean flagged = found.stream().anyMatch(Evaluation::isHarassment);
            if (sentence.kind().legitimate()) {
                legitimate++;
                legitimateFlagged += flagged ? 1 : 0;
            } else {
                abusive++;
                abusiveFound += flagged ? 1 : 0;
            }
            if (!found.equals(sentence.expected())) {
                misses.add(new EvaluationReport.Miss(sentence, found));
            }
        }
        return new EvaluationReport(corpus.name(), corpus.sentences().size(), scores, abusive, abusiveFound,
                legitimate, legitimateFlagged, misses);
    }

    /**
     * Slander is a kind of insult: sets labelled before {@link SignalCategory#SLANDER} existed mark 「詐欺師」 or "liars"
     * as {@link SignalCategory#INSULT}, and slander found there counts as the insult they expect.
     */
    private static Set<SignalCategory> asLabelled(Set<SignalCategory> found, Set<SignalCategory> expected) {
        if (found.contains(SignalCategory.SLANDER) && !expected.contains(SignalCategory.SLANDER)
                && expected.contains(SignalCategory.INSULT)) {
            found.remove(SignalCategory.SLANDER);
            found.add(SignalCategory.INSULT);
        }
        return found;
    }

    private static Set<SignalCategory> found(List<TextSignal> signals) {
        Set<SignalCategory> found = EnumSet.noneOf(SignalCategory.class);
        for (TextSignal signal : signals) {
            if (signal.polarity() != Polarity.NONE) {
                found.add(signal.category());
            }
        }
        return found;
    }
}
