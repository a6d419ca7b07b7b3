// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A small fixed list of marker phrases (negations, reporting verbs) for the context heuristics. Phrases are written
 * naturally and normalised like the text, so 「言われ」 also matches 「いわれ」 written in katakana.
 */
final class Phrases {
    /** The phrases grouped by first character (groups in {@link #firsts} order), longest first in each group. */
    private final String[] phrases;
    /** The distinct first characters, sorted. */
    private final char[] firsts;
    /** Group {@code i} is {@code phrases[groupStart[i] .. groupStart[i + 1])}. */
    private final int[] groupStart;
    /** Bit {@code c & 1023} is set for every first character {@code c}: most positions fail this test. */
    private final long[] firstChars = new long[16];
    private final boolean hasEmpty;

    private Phrases(String[] phrases) {
        this.hasEmpty = Arrays.stream(phrases).anyMatch(String::isEmpty);
        this.phrases = Arrays.stream(phrases).filter(p -> !p.isEmpty())
                .sorted(Comparator.comparing((String p) -> p.charAt(0)).thenComparing(String::length,
                        Comparator.reverseOrder()))
                .toArray(String[]::new);
        this.firsts = new char[(int) Arrays.stream(this.phrases).mapToInt(p -> p.charAt(0)).distinct().count()];
        this.groupStart = new int[firsts.length + 1];
        int group = -1;
        for (int i = 0; i < this.phrases.length; i++) {
            char first = this.phrases[i].charAt(0);
            if (group < 0 || firsts[group] != first) {
                firsts[++group] = first;
                groupStart[group] = i;
                firstChars[(first & 1023) >>> 6] |= 1L << (first & 63);
            }
        }
        groupStart[firsts.length] = this.phrases.length;
    }

    static Phrases of(String... phrases) {
        return new Phrases(Arrays.stream(phrases).map(TextNormalizer::normalizeTerm).distinct().toArray(String[]::new));
    }

    /**
     * The longest phrase that starts at {@code at}.
     *
     * @return its length, or -1 when none starts there
     */
    int matchAt(String text, int at) {
        if (at < 0 || at >= text.length()) {
            return -1;
        }
        char c = text.charAt(at);
        if ((firstChars[(c & 1023) >>> 6] & 1L << (c & 63)) != 0) {
            int group = Arrays.binarySearch(firsts, c);
            if (group >= 0) {
                for (int i = groupStart[group]; i < groupStart[group + 1]; i++) {
                    if (text.startsWith(phrases[i], at)) {
                        return phrases[i].length();
                    }
                }
            }
        }
        return hasEmpty ? 0 : -1;
    }

    /** Whether a phrase starts anywhere in {@code [from, to)}, across clause and sentence ends. */
    boolean occursIn(String text, int from, int to) {
        for (int at = Math.max(0, from); at < Math.min(to, text.length()); at++) {
            if (matchAt(text, at) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds the first phrase that starts in {@code [from, to)}, looking no further than the end of the clause (a
     * comma, a sentence end or a quotation mark) or, when not clause-bounded, the end of the sentence.
     *
     * @return the position where the first phrase starts, or -1
     */
    int find(String text, int from, int to, boolean clauseBounded) {
        int limit = Math.min(to, text.length());
        for (int at = from; at < limit; at++) {
            char c = text.charAt(at);
            if (clauseBounded ? CharClasses.isClauseEnd(c) || CharClasses.isQuote(c) : CharClasses.isSentenceEnd(c)) {
                return -1;
            }
            if (matchAt(text, at) > 0) {
                return at;
            }
        }
        return -1;
    }
}
