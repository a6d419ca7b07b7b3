// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import java.util.Locale;
import java.util.Objects;
import org.kasuhara.text.internal.NgramFeatures;

/**
 * The safety net for what no lexicon term recognises: a logistic model over hashed character 1- to 5-grams that
 * scores how abusive a text reads, 0 to 1. It never decides a verdict: a rule set's rules may only use a score over
 * the {@link #threshold()} to ask a person to review a complaint no other rule finds anything in, and a score under
 * the {@link #doubt()} line to ask a person to read the context of words a lexicon term found (a quotation, a film,
 * a joke at one's own expense) before calling them harassment.
 *
 * <p>A rule set ships it as {@code models/abuse-net.tsv}, a data file that training rebuilds bit for bit from the
 * same labelled sentences ({@code kasuhara model train}). Immutable and thread-safe.
 */
public final class TextNet {
    private static final String MAGIC = "kasuhara-net\t";
    private final int format;
    private final int shortest;
    private final int longest;
    private final double bias;
    private final float[] weights;
    private final double threshold;
    private final double doubt;

    private TextNet(int format, double bias, float[] weights, double threshold, double doubt) {
        this.format = format;
        this.shortest = NgramFeatures.shortest(format);
        this.longest = NgramFeatures.longest(format);
        this.bias = bias;
        this.weights = weights;
        this.threshold = threshold;
        this.doubt = doubt;
    }

    /**
     * @param text any text
     * @return how abusive it reads, from 0 to 1
     */
    public double score(String text) {
        double linear = NgramFeatures.linear(text, weights, shortest, longest);
        return linear == 0 && (text == null || text.isBlank()) ? 0 : 1 / (1 + Math.exp(-(bias + linear)));
    }

    /**
     * The line under which the sentence around a lexicon term reads as ordinary talk: few abusive sentences with a
     * term in them score that low (two in a hundred in the training's cross-validation), many clean ones with a term
     * in them do.
     *
     * @return the line, between 0 and the threshold; 0 when the net has none (a file from before it)
     */
    public double doubt() {
        return doubt;
    }

    /** @return the score from which a text is worth a person's look */
    public double threshold() {
        return threshold;
    }

    /** Buckets of the hashed feature space. */
    public static final int BUCKETS = NgramFeatures.BUCKETS;

    /**
     * A net over the features of the current format ({@link #features(String)}) from trained parameters
     * ({@code kasuhara-rules-testkit}'s {@code NetTraining} trains them).
     *
     * @param bias      the bias
     * @param weights   one weight per bucket, {@link #BUCKETS} of them; copied
     * @param threshold the review threshold, between 0 and 1
     * @return the net
     * @throws IllegalArgumentException when the weights or the threshold are out of shape
     */
    public static TextNet of(double bias, float[] weights, double threshold) {
        if (weights.length != BUCKETS || !(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("weights: " + BUCKETS + " expected, threshold: between 0 and 1");
        }
        return of(bias, weights, threshold, 0);
    }

    /**
     * A net over the features of the current format ({@link #features(String)}), as training makes it.
     *
     * @param bias      the bias
     * @param weights   a weight per bucket ({@link #BUCKETS})
     * @param threshold the review threshold, between 0 and 1
     * @param doubt     the doubt line ({@link #doubt()}), from 0 (none) up to the threshold
     * @return the net
     * @throws IllegalArgumentException when the weights, the threshold or the line are out of shape
     */
    public static TextNet of(double bias, float[] weights, double threshold, double doubt) {
        if (weights.length != BUCKETS || !(threshold > 0 && threshold < 1) || !(doubt >= 0 && doubt <= threshold)) {
            throw new IllegalArgumentException("weights: " + BUCKETS + " expected, threshold: between 0 and 1,"
                    + " doubt: from 0 to the threshold");
        }
        return new TextNet(NgramFeatures.FORMAT, bias, weights.clone(), threshold, doubt);
    }

    /**
     * The features a net of the current format scores: the hashed character 1- to 5-grams of the normalised text,
     * each occurrence. (Files of format 1, written before, are read and scored with the 2- to 4-grams they were
     * trained on.)
     *
     * @param text any text
     * @return the buckets in text order, repeats included; empty for a blank text
     */
    public static int[] features(String text) {
        return NgramFeatures.of(text, NgramFeatures.shortest(NgramFeatures.FORMAT),
                NgramFeatures.longest(NgramFeatures.FORMAT));
    }

    /**
     * Reads a net file.
     *
     * @param text   the file's text
     * @param source its name, for messages
     * @return the net
     * @throws FormatException naming the line of anything malformed
     */
    public static TextNet parse(String text, String source) {
        Objects.requireNonNull(text, "text");
        float[] weights = new float[NgramFeatures.BUCKETS];
        Double bias = null;
        Double threshold = null;
        int format = 0;
        double doubt = 0;
        int doubtLine = 0;
        boolean magic = false;
        int i = -1;
        for (int start = 0, end; start <= text.length(); start = end + 1) {
            end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            i++;
            if (magic && weightLine(text, start, end, weights)) { // tens of thousands of lines: no split per line
                continue;
            }
            String line = text.substring(start, end).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            try {
                if (!magic) {
                    format = format(line);
                    magic = true;
                } else if (f[0].equals("buckets")) {
                    if (Integer.parseInt(f[1]) != NgramFeatures.BUCKETS) {
                        throw new IllegalArgumentException("buckets must be " + NgramFeatures.BUCKETS);
                    }
                } else if (f[0].equals("bias")) {
                    bias = Double.parseDouble(f[1]);
                } else if (f[0].equals("threshold")) {
                    threshold = Double.parseDouble(f[1]);
                    if (!(threshold > 0 && threshold < 1)) {
                        throw new IllegalArgumentException("threshold must be between 0 and 1");
                    }
                } else if (f[0].equals("doubt")) {
                    doubt = Double.parseDouble(f[1]);
                    doubtLine = i + 1;
                    if (!(doubt >= 0 && doubt < 1)) {
                        throw new IllegalArgumentException("doubt must be from 0 to below 1");
                    }
                } else {
                    int bucket = Integer.parseInt(f[0]);
                    if (bucket < 0 || bucket >= NgramFeatures.BUCKETS || f.length != 2) {
                        throw new IllegalArgumentException("expected: bucket (0–" + (NgramFeatures.BUCKETS - 1)
                                + ") <tab> weight");
                    }
                    weights[bucket] = Float.parseFloat(f[1]);
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new FormatException(source, i + 1, "not a number where one is expected");
            } catch (IllegalArgumentException e) {
                throw new FormatException(source, i + 1, e.getMessage());
            }
        }
        if (!magic || bias == null || threshold == null) {
            throw new FormatException(source, 0, "needs the header, bias and threshold");
        }
        if (doubt > threshold) {
            throw new FormatException(source, doubtLine, "doubt must not be above the threshold");
        }
        return new TextNet(format, bias, weights, threshold, doubt);
    }

    /** The format a header line names: {@code kasuhara-net<tab>1} or {@code 2}. */
    private static int format(String header) {
        String known = "\"" + MAGIC.replace("\t", "<tab>") + "1\" or \"" + MAGIC.replace("\t", "<tab>")
                + NgramFeatures.FORMAT + "\"";
        if (!header.startsWith(MAGIC)) {
            throw new IllegalArgumentException("expected the header " + known);
        }
        try {
            int format = Integer.parseInt(header.substring(MAGIC.length()));
            NgramFeatures.shortest(format);
            return format;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected the header " + known
                    + " (a net from a later version of Kasuhara?)");
        }
    }

    /**
     * Reads a line written as {@link #toText()} writes weights (digits, one tab, a number) into {@code weights};
     * anything else is left to the general reading, which names what is wrong.
     *
     * @return {@code true} when the line was such a weight and is read
     */
    private static boolean weightLine(String text, int start, int end, float[] weights) {
        int tab = start;
        while (tab < end && text.charAt(tab) >= '0' && text.charAt(tab) <= '9') {
            tab++;
        }
        if (tab == start || tab - start > 9 || tab == end || text.charAt(tab) != '\t') {
            return false;
        }
        int bucket = Integer.parseInt(text, start, tab, 10);
        for (int k = tab + 1; k < end; k++) {
            char c = text.charAt(k);
            if (!(c >= '0' && c <= '9' || c == '-' || c == '.' || c == 'E' || c == 'e')) {
                return false;
            }
        }
        if (bucket >= NgramFeatures.BUCKETS || tab + 1 == end) {
            return false;
        }
        try {
            weights[bucket] = Float.parseFloat(text.substring(tab + 1, end));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** @return the net as a file: header, bias, threshold, then every non-zero weight by bucket */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("# Kasuhara statistical net: character ").append(shortest)
                .append('-').append(longest).append("-grams, hashed, logistic. Rebuild: kasuhara model train\n");
        out.append(MAGIC).append(format).append('\n');
        out.append("buckets\t").append(NgramFeatures.BUCKETS).append('\n');
        out.append("bias\t").append(format(bias)).append('\n');
        out.append("threshold\t").append(format(threshold)).append('\n');
        if (doubt > 0) {
            out.append("doubt\t").append(format(doubt)).append('\n');
        }
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != 0) {
                out.append(i).append('\t').append(format(weights[i])).append('\n');
            }
        }
        return out.toString();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    /** A malformed net file: the message is {@code source:line: reason}. */
    public static final class FormatException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final String reason;

        FormatException(String source, int line, String reason) {
            super(source + (line > 0 ? ":" + line : "") + ": " + reason);
            this.line = line;
            this.reason = reason;
        }

        /** @return the line, from 1, or 0 when the file as a whole is incomplete */
        public int line() {
            return line;
        }

        /** @return what is wrong, without the file and line */
        public String reason() {
            return reason;
        }
    }
}
