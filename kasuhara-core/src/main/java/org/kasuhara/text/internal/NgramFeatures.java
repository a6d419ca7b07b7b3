// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.Arrays;

/**
 * The features of the statistical net: every character n-gram of the normalised text (width, case and kana folded,
 * as lexicon terms are), of the lengths the net file's format names ({@link #shortest(int)} to
 * {@link #longest(int)}), hashed into a fixed number of buckets with FNV-1a and counted as often as it occurs. The
 * linear score divides the sum of their weights by the square root of their number, so a long text weighs no more
 * than a short one. Scoring allocates nothing beyond the normalised text.
 *
 * <p>Format 1 counted 2- to 4-grams. Format 2 counts 1- to 5-grams: with single characters a short ordinary sentence
 * (「どうなんだろう」) has enough features of its own not to be read as the abusive ones it shares a bigram with, and
 * 5-grams tell more set phrases apart.
 */
public final class NgramFeatures {
    /** Buckets of the hashed feature space: a power of two. */
    public static final int BUCKETS = 1 << 16;
    /** The format new nets are written in. */
    public static final int FORMAT = 2;

    private NgramFeatures() {
    }

    /**
     * @param format a net file's format, 1 or {@link #FORMAT}
     * @return the length of its shortest n-grams
     * @throws IllegalArgumentException for a format this version does not know
     */
    public static int shortest(int format) {
        return lengths(format)[0];
    }

    /**
     * @param format a net file's format, 1 or {@link #FORMAT}
     * @return the length of its longest n-grams
     * @throws IllegalArgumentException for a format this version does not know
     */
    public static int longest(int format) {
        return lengths(format)[1];
    }

    /** The shortest and longest n-grams of each format. */
    private static int[] lengths(int format) {
        return switch (format) {
            case 1 -> new int[] {2, 4};
            case 2 -> new int[] {1, 5};
            default -> throw new IllegalArgumentException("unknown net format " + format + " (1 or " + FORMAT
                    + " expected)");
        };
    }

    /**
     * @param text any text
     * @param min  the length of the shortest n-grams ({@link #shortest(int)})
     * @param max  the length of the longest ({@link #longest(int)})
     * @return the bucket of every n-gram, in text order, repeats included; empty for a blank text
     */
    public static int[] of(String text, int min, int max) {
        String s = framed(text);
        if (s == null) {
            return new int[0];
        }
        int[] buckets = new int[s.length() * (max - min + 1)];
        int count = 0;
        for (int start = 0; start < s.length(); start++) {
            int hash = 0x811c9dc5;
            for (int end = start; end < Math.min(s.length(), start + max); end++) {
                hash = (hash ^ s.charAt(end)) * 0x01000193;
                if (end - start + 1 >= min) {
                    buckets[count++] = bucket(hash);
                }
            }
        }
        return Arrays.copyOf(buckets, count);
    }

    /**
     * @param text    any text
     * @param weights a weight per bucket
     * @param min     the length of the shortest n-grams ({@link #shortest(int)})
     * @param max     the length of the longest ({@link #longest(int)})
     * @return the sum of the weights of its n-grams divided by the square root of their number; 0 for a blank text
     */
    public static double linear(String text, float[] weights, int min, int max) {
        String s = framed(text);
        if (s == null) {
            return 0;
        }
        double sum = 0;
        int count = 0;
        for (int start = 0; start < s.length(); start++) {
            int hash = 0x811c9dc5;
            int last = Math.min(s.length(), start + max);
            for (int end = start; end < last; end++) {
                hash = (hash ^ s.charAt(end)) * 0x01000193;
                if (end - start + 1 >= min) {
                    sum += weights[bucket(hash)];
                    count++;
                }
            }
        }
        return count == 0 ? 0 : sum / Math.sqrt(count);
    }

    private static String framed(String text) {
        String normalized = text == null ? "" : TextNormalizer.normalizeTerm(text);
        return normalized.isEmpty() ? null : "\u0002" + normalized + "\u0003";
    }

    private static int bucket(int hash) {
        return (hash ^ (hash >>> 15)) & (BUCKETS - 1);
    }
}
