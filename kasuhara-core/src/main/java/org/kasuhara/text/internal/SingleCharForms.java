// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

/**
 * {@link TextNormalizer#nfkcLower(String)} of the single characters a Japanese text uses beyond the ones that are
 * their own normal form — full-width punctuation and letters （）：？／, brackets 【】, the middle dot ・, the
 * ideographic space, dashes and quotation marks — worked out once: the {@link java.text.Normalizer} costs far more
 * per call than the rest of normalisation per character, and a transcript has dozens of these.
 */
final class SingleCharForms {
    /**
     * The blocks tabulated, as {first, last} pairs: Latin-1 and Latin Extended, General Punctuation, CJK Symbols and
     * Kana, Half- and Full-width Forms.
     */
    private static final char[][] BLOCKS = {{'\u0080', '\u024F'}, {'\u2000', '\u206F'}, {'\u3000', '\u30FF'},
        {'\uFF00', '\uFFEF'}};
    private static final String[][] FORMS = new String[BLOCKS.length][];

    static {
        for (int b = 0; b < BLOCKS.length; b++) {
            FORMS[b] = new String[BLOCKS[b][1] - BLOCKS[b][0] + 1];
            for (int k = 0; k < FORMS[b].length; k++) {
                FORMS[b][k] = TextNormalizer.nfkcLower(String.valueOf((char) (BLOCKS[b][0] + k)));
            }
        }
    }

    private SingleCharForms() {
    }

    /**
     * The normalised form of a segment of one character.
     *
     * @param c a character that is a segment of its own (no combining mark follows it)
     * @return exactly what {@link TextNormalizer#nfkcLower(String)} returns for it, or {@code null} when it is not
     *     tabulated
     */
    static String of(char c) {
        for (int b = 0; b < BLOCKS.length; b++) {
            if (c >= BLOCKS[b][0] && c <= BLOCKS[b][1]) {
                return FORMS[b][c - BLOCKS[b][0]];
            }
        }
        return null;
    }
}
