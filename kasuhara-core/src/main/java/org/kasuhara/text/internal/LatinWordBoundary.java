// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

/**
 * Word boundaries for Latin-script terms. Japanese is written without spaces, so Japanese terms match as
 * substrings; a term that begins (or ends) with a Latin letter or digit must begin (or end) at a word boundary,
 * so "die" does not match "diet" and "kill" does not match "skill".
 *
 * <p>English terms may take a simple inflection: {@code s, es, d, ed, ing}, also after a doubled final
 * consonant ("stab" → "stabbed", "hit" → "hitting"). Anything else ("shove" → "shoving") is listed explicitly in the
 * lexicon. The suffix is part of the match, so the excerpt shows the whole word.
 */
public final class LatinWordBoundary {
    private static final String[] SUFFIXES = {"ing", "es", "ed", "s", "d"};

    private LatinWordBoundary() {
    }

    /**
     * Checks a candidate match of a term and returns where it really ends.
     *
     * @param text          normalised text
     * @param start         start of the candidate, inclusive
     * @param end           end of the candidate, exclusive
     * @param allowSuffixes whether English inflection suffixes may follow the term
     * @return the end of the match including any suffix, or -1 when the candidate is not at word boundaries
     */
    public static int matchEnd(CharSequence text, int start, int end, boolean allowSuffixes) {
        if (CharClasses.isLatinWordChar(text.charAt(start)) && start > 0
                && CharClasses.isLatinWordChar(text.charAt(start - 1))) {
            return -1;
        }
        char last = text.charAt(end - 1);
        if (!CharClasses.isLatinWordChar(last) || isBoundary(text, end)) {
            return end;
        }
        if (!allowSuffixes) {
            return -1;
        }
        int withSuffix = suffixEnd(text, end);
        if (withSuffix < 0 && end < text.length() && text.charAt(end) == last && isConsonant(last)) {
            withSuffix = suffixEnd(text, end + 1); // stab → stabbed, hit → hitting
        }
        return withSuffix;
    }

    private static int suffixEnd(CharSequence text, int from) {
        for (String suffix : SUFFIXES) {
            int to = from + suffix.length();
            if (to <= text.length() && regionMatches(text, from, suffix) && isBoundary(text, to)) {
                return to;
            }
        }
        return -1;
    }

    private static boolean regionMatches(CharSequence text, int from, String s) {
        for (int k = 0; k < s.length(); k++) {
            if (text.charAt(from + k) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBoundary(CharSequence text, int at) {
        return at >= text.length() || !CharClasses.isLatinWordChar(text.charAt(at));
    }

    private static boolean isConsonant(char c) {
        return c >= 'b' && c <= 'z' && "eiou".indexOf(c) < 0;
    }
}
