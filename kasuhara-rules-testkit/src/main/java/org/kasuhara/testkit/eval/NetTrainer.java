// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.kasuhara.text.TextNet;

/**
 * Trains the statistical net: class-balanced logistic regression by stochastic gradient descent with L2
 * regularisation. The result is the same on every machine, and a small change of the data changes it little: the
 * order of each epoch and the cross-validation folds come from a hash of each sentence's text, not from its position
 * (one sentence added to a lexicon does not reshuffle all the others), and the weights are the average over the second
 * half of the epochs (averaged SGD), not the state the last few steps left. The threshold comes from five-fold
 * cross-validation: the lowest score, at least 0.5, that flags no more than the allowed share of the clean sentences
 * the net will judge (those the lexicons find nothing in) that the fold's model did not see.
 */
final class NetTrainer {
    private static final int EPOCHS = 60;
    private static final double RATE = 1.0;
    private static final double L2 = 1e-5;
    private static final long SEED = 20261203L;
    /** Epochs from which the weights are averaged. */
    private static final int AVERAGED_FROM = EPOCHS / 2;
    private static final int FOLDS = 5;

    private NetTrainer() {
    }

    /**
     * @param bias      the bias
     * @param weights   a weight per bucket, rounded to six decimals as the file keeps them
     * @param threshold the review threshold
     * @param doubt     the doubt line
     * @param check     how the threshold and the line did in cross-validation
     */
    record Result(double bias, float[] weights, double threshold, double doubt, NetTraining.CrossValidation check) {
    }

    /**
     * @param texts                  the sentences
     * @param abusive                their labels
     * @param judged                 for each, whether the net would judge it (the lexicons find nothing in it)
     * @param doubtable              for each, whether it holds a lexicon signal a doubt may soften
     * @param maxCleanFlaggedPercent the share of clean sentences the threshold may flag in cross-validation
     * @param maxAbusiveDoubtedPercent the share of doubtable abusive sentences the doubt line may fall above
     * @return the trained net
     */
    static Result train(List<String> texts, List<Boolean> abusive, List<Boolean> judged, List<Boolean> doubtable,
                        double maxCleanFlaggedPercent, double maxAbusiveDoubtedPercent) {
        if (texts.size() != abusive.size() || texts.size() != judged.size() || texts.size() != doubtable.size()
                || texts.isEmpty()) {
            throw new IllegalArgumentException("texts and labels: one label per text, at least one text");
        }
        List<int[]> features = new ArrayList<>(texts.size());
        texts.forEach(t -> features.add(TextNet.features(t)));
        long[] keys = new long[texts.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key(texts.get(i));
        }
        List<Double> cleanScores = new ArrayList<>();
        List<Double> abusiveScores = new ArrayList<>();
        List<Double> doubtableClean = new ArrayList<>();
        List<Double> doubtableAbusive = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                (Math.floorMod(keys[i], FOLDS) == fold ? held : train).add(i);
            }
            double[] model = fit(features, abusive, keys, train);
            for (int i : held) {
                if (judged.get(i)) {
                    (abusive.get(i) ? abusiveScores : cleanScores).add(score(model, features.get(i)));
                } else if (doubtable.get(i)) {
                    (abusive.get(i) ? doubtableAbusive : doubtableClean).add(score(model, features.get(i)));
                }
            }
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            all.add(i);
        }
        double[] model = fit(features, abusive, keys, all);
        float[] weights = new float[TextNet.BUCKETS];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = round(model[i + 1]);
        }
        double threshold = round(threshold(cleanScores, maxCleanFlaggedPercent));
        double doubt = Math.min(threshold, doubtLine(doubtableAbusive, maxAbusiveDoubtedPercent));
        return new Result(round(model[0]), weights, threshold, doubt, new NetTraining.CrossValidation(
                cleanScores.size(), share(cleanScores, threshold), abusiveScores.size(),
                share(abusiveScores, threshold), doubtableClean.size(), below(doubtableClean, doubt),
                doubtableAbusive.size(), below(doubtableAbusive, doubt)));
    }

    /**
     * The highest line, as the net file writes it (six decimals), under which no more than the allowed share of the
     * scores fall: rounding never lets one more sentence under it. 0 without scores.
     */
    private static double doubtLine(List<Double> abusiveScores, double maxPercent) {
        if (abusiveScores.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(abusiveScores);
        Collections.sort(sorted);
        int allowed = (int) Math.floor(sorted.size() * maxPercent / 100.0);
        double line = allowed < sorted.size() ? asWritten(Math.floor(sorted.get(allowed) * 1e6) / 1e6) : 0;
        while (line > 0 && below(sorted, line) * sorted.size() > allowed) {
            line = asWritten(Math.max(0, line - 1e-6));
        }
        return line;
    }

    /** The value as the net file keeps it: six decimals, read back. */
    private static double asWritten(double value) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6f", value));
    }

    private static double below(List<Double> scores, double line) {
        return scores.isEmpty() ? 0 : scores.stream().filter(s -> s < line).count() / (double) scores.size();
    }

    private static double share(List<Double> scores, double threshold) {
        return scores.isEmpty() ? 0 : scores.stream().filter(s -> s >= threshold).count() / (double) scores.size();
    }

    private static double threshold(List<Double> cleanScores, double maxPercent) {
        Collections.sort(cleanScores, Collections.reverseOrder());
        int allowed = (int) Math.floor(cleanScores.size() * maxPercent / 100.0);
        double above = allowed < cleanScores.size() ? cleanScores.get(allowed) : 0;
        return Math.max(0.5, Math.min(0.99, above + 1e-6));
    }

    /** A 64-bit hash of a sentence (FNV-1a over its UTF-16 units, then mixed): where it falls, whatever else is there. */
    static long key(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        return mix(h ^ SEED);
    }

    /** SplitMix64's finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** @return bias at index 0, then a weight per bucket, averaged over the epochs from {@link #AVERAGED_FROM} */
    private static double[] fit(List<int[]> features, List<Boolean> labels, long[] keys, List<Integer> rows) {
        double[] w = new double[TextNet.BUCKETS + 1];
        double[] average = new double[w.length];
        long positives = rows.stream().filter(labels::get).count();
        // Each class weighs half, however many sentences it has: the lexicons' examples are nearly all abusive.
        double positiveWeight = rows.size() / (2.0 * Math.max(1, positives));
        double negativeWeight = rows.size() / (2.0 * Math.max(1, rows.size() - positives));
        List<Integer> order = new ArrayList<>(rows);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            long salt = mix(SEED + epoch);
            // each sentence's place in the epoch depends on its own text only (ties: the input order)
            order.sort(Comparator.comparingLong((Integer i) -> mix(keys[i] ^ salt)).thenComparingInt(i -> i));
            double rate = RATE / (1 + epoch * 0.1);
            for (int i : order) {
                int[] f = features.get(i);
                if (f.length == 0) {
                    continue;
                }
                double norm = 1 / Math.sqrt(f.length);
                double gradient = ((labels.get(i) ? 1 : 0) - score(w, f))
                        * (labels.get(i) ? positiveWeight : negativeWeight);
                w[0] += rate * gradient;
                for (int bucket : f) {
                    w[bucket + 1] += rate * (gradient * norm - L2 * w[bucket + 1]);
                }
            }
            if (epoch >= AVERAGED_FROM) {
                for (int k = 0; k < w.length; k++) {
                    average[k] += w[k] / (EPOCHS - AVERAGED_FROM);
                }
            }
        }
        return average;
    }

    private static double score(double[] w, int[] f) {
        if (f.length == 0) {
            return 0;
        }
        double sum = 0;
        for (int bucket : f) {
            sum += w[bucket + 1];
        }
        return 1 / (1 + Math.exp(-(w[0] + sum / Math.sqrt(f.length))));
    }

    private static float round(double value) {
        return (float) (Math.round(value * 1e6) / 1e6);
    }
}
