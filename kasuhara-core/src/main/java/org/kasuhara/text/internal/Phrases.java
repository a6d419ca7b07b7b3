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
    private final String[] phrases;
    /** Bit {@code c & 63} is set for every first character {@code c} of a phrase: most positions fail this test. */
    private final long firstChars;

    private Phrases(String[] phrases) {
        this.phrases = phrases;
        long mask = 0;
        for (String phrase : phrases) {
            mask |= phrase.isEmpty() ? -1L : 1L << (phrase.charAt(0) & 63);
        }
        this.firstChars = mask;
    }

    static Phrases of(String... phrases) {
        String[] normalised = Arrays.stream(phrases).map(TextNormalizer::normalizeTerm).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toArray(String[]::new);
        return new Phrases(normalised);
    }

    /**
     * The longest phrase that starts at {@code at}.
     *
     * @return its length, or -1 when none starts there
     */
    int matchAt(String text, int at) {
        if (at < 0 || at >= text.length() || (firstChars & 1L << (text.charAt(at) & 63)) == 0) {
            return -1;
        }
        for (String phrase : phrases) {
            if (text.startsWith(phrase, at)) {
                return phrase.length();
            }
        }
        return -1;
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
