package org.kasuhara.text.internal;

import java.util.Arrays;

/**
 * The features of the statistical net: character 2- to 4-grams of the normalised text (width, case and kana folded,
 * as lexicon terms are), hashed into a fixed number of buckets with FNV-1a. Each distinct bucket counts once, and
 * the vector is scaled to unit length, so a long text weighs no more than a short one.
 */
public final class NgramFeatures {
    /** Buckets of the hashed feature space: a power of two. */
    public static final int BUCKETS = 1 << 18;
    private static final int MIN = 2;
    private static final int MAX = 4;

    private NgramFeatures() {
    }

    /**
     * @param text any text
     * @return the distinct buckets of its n-grams, sorted; empty for a blank text
     */
    public static int[] of(String text) {
        String normalized = text == null ? "" : TextNormalizer.normalizeTerm(text);
        if (normalized.isEmpty()) {
            return new int[0];
        }
        String s = "\u0002" + normalized + "\u0003";
        int[] buckets = new int[Math.max(0, s.length() * (MAX - MIN + 1))];
        int count = 0;
        for (int start = 0; start < s.length(); start++) {
            int hash = 0x811c9dc5;
            for (int end = start; end < Math.min(s.length(), start + MAX); end++) {
                hash = (hash ^ s.charAt(end)) * 0x01000193;
                if (end - start + 1 >= MIN) {
                    buckets[count++] = (hash ^ (hash >>> 15)) & (BUCKETS - 1);
                }
            }
        }
        int[] sorted = Arrays.copyOf(buckets, count);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }
}
