// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises text for matching, keeping a map back to the original offsets. Terms and texts go through the same
 * function, so a term matches whatever spelling folds to the same string.
 *
 * <ol>
 *   <li>NFKC per segment (a character with its combining marks and half-width voicing marks): full-width
 *       「ＢＡＫＡ」 and half-width 「ﾊﾞｶ」 become "baka" and 「バカ」; 「ハ\u3099」 composes to 「バ」.</li>
 *   <li>Latin letters are lower-cased and lose their diacritics ("IDIÖT" → "idiot"); curly apostrophes become '.</li>
 *   <li>Katakana folds to hiragana (「バカ」 → 「ばか」).</li>
 *   <li>Then {@link NormalizedTextBuilder}: elongation marks after Japanese are dropped (「死ねーーー」 → 「死ね」),
 *       runs of three or more of the same kana collapse to one (「死ねねね」 → 「死ね」), invisible format
 *       characters are dropped, spaces between two Japanese characters are dropped (「死 ね」), other whitespace
 *       collapses to one space, or one line break when it contains one.</li>
 * </ol>
 * Segments are processed separately so that each output character knows its source span; this never splits a
 * surrogate pair, so every mapped span is a valid substring.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /**
     * Normalises a text.
     *
     * @param original the text as received
     * @return the normalised text with its offset map
     */
    public static NormalizedText normalize(String original) {
        NormalizedTextBuilder out = new NormalizedTextBuilder(original);
        int n = original.length();
        int i = 0;
        while (i < n) {
            int end = segmentEnd(original, i);
            char c = original.charAt(i);
            if (end == i + 1 && isNfkcStable(c)) {
                out.append(fold(c), i, end);
            } else {
                String segment = end == i + 1 ? SingleCharForms.of(c) : null;
                if (segment == null) {
                    segment = nfkcLower(original.substring(i, end));
                }
                for (int k = 0; k < segment.length(); k++) {
                    out.append(fold(segment.charAt(k)), i, end);
                }
            }
            i = end;
        }
        return out.build();
    }

    /**
     * Normalises a lexicon term or phrase; leading and trailing spaces are removed.
     *
     * @param term the term as written
     * @return the normalised term, possibly empty
     */
    public static String normalizeTerm(String term) {
        return normalize(term).text().strip();
    }

    /**
     * Steps 1 and 2 for one segment: NFKC, then Latin letters lower-cased and stripped of their diacritics.
     *
     * @param segment a character with its combining marks
     * @return its normalised form, before folding
     */
    static String nfkcLower(String segment) {
        return stripLatinDiacritics(Normalizer.normalize(segment, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    }

    private static int segmentEnd(String s, int i) {
        int j = i + Character.charCount(s.codePointAt(i));
        while (j < s.length()) {
            int cp = s.codePointAt(j);
            if (!isMark(cp)) {
                break;
            }
            j += Character.charCount(cp);
        }
        return j;
    }

    private static boolean isMark(int cp) {
        if (cp < 0x80 || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x30A1 && cp <= 0x30FC)) {
            return false; // the common case, without a Unicode table look-up (U+3099/U+309A are marks, not here)
        }
        if (cp == 0xFF9E || cp == 0xFF9F) { // half-width voicing marks ﾞ ﾟ combine with the kana before them
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** The common characters whose NFKC form is themselves: a fast path that skips the Normalizer. */
    private static boolean isNfkcStable(char c) {
        return c < 0x80 || (c >= '\u3041' && c <= '\u3096') || (c >= '\u30A1' && c <= '\u30FA') || c == '\u30FC'
                || (c >= '\u4E00' && c <= '\u9FFF') || c == '\u3001' || c == '\u3002'
                || (c >= '\u300C' && c <= '\u300F');
    }

    private static String stripLatinDiacritics(String s) {
        boolean latin = false;
        for (int k = 0; k < s.length() && !latin; k++) {
            char c = s.charAt(k);
            latin = c >= '\u00C0' && c <= '\u024F';
        }
        if (!latin) {
            return s;
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int k = 0; k < decomposed.length(); k++) {
            char c = decomposed.charAt(k);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static char fold(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        if (c >= '\u30A1' && c <= '\u30F6') { // katakana ァ..ヶ → hiragana ぁ..ゖ
            return (char) (c - 0x60);
        }
        if (c == '\u30FD' || c == '\u30FE') { // ヽヾ → ゝゞ
            return (char) (c - 0x60);
        }
        if (c == '\u2018' || c == '\u2019') {
            return '\'';
        }
        return c;
    }
}
