// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.eval;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.facts.NetDoubt;
import org.kasuhara.text.Lexicon;
import org.kasuhara.text.LexiconEntry;
import org.kasuhara.text.SignalCategory;
import org.kasuhara.text.Speaker;
import org.kasuhara.text.TextAnalyzer;
import org.kasuhara.text.TextInput;
import org.kasuhara.text.TextNet;
import org.kasuhara.text.TextSignal;

/**
 * Trains a rule set's statistical net ({@code models/abuse-net.tsv}) from labelled data a repository keeps: the
 * labelled corpora (abuse against every legitimate kind) and the example sentence of every lexicon entry (abusive
 * for a harassment category; clean for an exclusion or legal recourse). The same inputs in the same order give
 * the same file, bit for bit. Never train on an evaluation set.
 */
public final class NetTraining {
    /** The share of clean sentences the threshold may flag, in cross-validation. */
    public static final double MAX_CLEAN_FLAGGED_PERCENT = 2.0;
    /** The share of abusive sentences with a softenable lexicon signal the doubt line may fall above, likewise. */
    public static final double MAX_ABUSIVE_DOUBTED_PERCENT = 2.0;

    private NetTraining() {
    }

    /**
     * How the chosen threshold and doubt line did in five-fold cross-validation, each sentence scored by a model
     * that did not see it: the threshold on the sentences the lexicons find nothing in, the doubt line on the corpus
     * sentences that hold a lexicon signal a doubt may soften ({@code NetDoubt.CATEGORIES}).
     *
     * @param clean           clean sentences without a lexicon signal
     * @param cleanFlagged    the share of them at or above the threshold
     * @param abusive         abusive sentences without a lexicon signal
     * @param abusiveFlagged  the share of them at or above the threshold
     * @param doubtableClean  clean sentences with a softenable signal
     * @param cleanDoubted    the share of them under the doubt line
     * @param doubtableAbusive abusive sentences with a softenable signal
     * @param abusiveDoubted  the share of them under the doubt line
     */
    public record CrossValidation(int clean, double cleanFlagged, int abusive, double abusiveFlagged,
                                  int doubtableClean, double cleanDoubted, int doubtableAbusive,
                                  double abusiveDoubted) {
    }

    /**
     * A trained net and how its threshold did in cross-validation.
     *
     * @param net   the net
     * @param check the cross-validation figures
     */
    public record Trained(TextNet net, CrossValidation check) {
    }

    /**
     * @param source a rule set
     * @return the entries of its {@code lexicons/*.tsv}, files by path, entries in file order
     */
    public static List<LexiconEntry> lexiconOf(RuleSource source) {
        List<LexiconEntry> entries = new ArrayList<>();
        source.files().stream().filter(f -> f.path().startsWith("lexicons/") && f.path().endsWith(".tsv"))
                .sorted(Comparator.comparing(RuleFile::path)).forEach(f -> {
                    try {
                        entries.addAll(Lexicon.parse(new StringReader(f.text()), f.path()).entries());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        return entries;
    }

    /**
     * @param lexicon the lexicon entries, in file order; the threshold is set on the clean sentences their analyser
     *                finds nothing in, the only ones the net is asked about
     * @param corpora the labelled corpora, in order
     * @return the net
     */
    public static TextNet train(List<LexiconEntry> lexicon, List<LabelledCorpus> corpora) {
        return trainChecked(lexicon, corpora).net();
    }

    /**
     * As {@link #train}, with the cross-validation figures of the threshold.
     *
     * @param lexicon the lexicon entries, in file order
     * @param corpora the labelled corpora, in order
     * @return the net and its figures
     */
    public static Trained trainChecked(List<LexiconEntry> lexicon, List<LabelledCorpus> corpora) {
        TextAnalyzer analyzer = TextAnalyzer.of(Lexicon.of(lexicon));
        List<String> texts = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        List<Boolean> judged = new ArrayList<>();
        List<Boolean> doubtable = new ArrayList<>();
        for (LabelledCorpus corpus : corpora) {
            for (LabelledSentence s : corpus.sentences()) {
                texts.add(s.text());
                labels.add(!s.kind().legitimate());
                List<TextSignal> signals = analyzer.analyze(new TextInput(0, s.text(), s.language(), s.speaker()));
                judged.add(signals.isEmpty());
                doubtable.add(signals.stream().anyMatch(
                        x -> x.isEvidence() && NetDoubt.CATEGORIES.contains(x.category())));
            }
        }
        for (LexiconEntry entry : lexicon) {
            boolean clean = entry.exclusion() || entry.category().behaviour() == null
                    || entry.category() == SignalCategory.COMPENSATION_DEMAND;
            texts.add(entry.example());
            labels.add(!clean);
            judged.add(analyzer.analyze(new TextInput(0, entry.example(), entry.language(), Speaker.CUSTOMER))
                    .isEmpty());
            doubtable.add(false); // a term's own example: the line is set on sentences as people write them
        }
        NetTrainer.Result r = NetTrainer.train(texts, labels, judged, doubtable, MAX_CLEAN_FLAGGED_PERCENT,
                MAX_ABUSIVE_DOUBTED_PERCENT);
        return new Trained(TextNet.of(r.bias(), r.weights(), r.threshold(), r.doubt()), r.check());
    }
}
