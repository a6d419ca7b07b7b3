// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

/**
 * Letters of a text by script, for {@link org.kasuhara.text.TextLanguage}.
 *
 * @param kana         hiragana and katakana (full and half width)
 * @param kanji        CJK ideographs
 * @param latinLetters Latin letters
 * @param latinWords   Latin words of two or more letters, except all-capital words of up to three (acronyms such
 *                     as SNS or QR do not make a Japanese text mixed; ＩＤＩＯＴ does)
 * @param otherLetters letters of other scripts (Hangul, Cyrillic…)
 */
public record ScriptCounts(int kana, int kanji, int latinLetters, int latinWords, int otherLetters) {
    /** Kanji without kana up to this many characters still read as Japanese (「土下座」「馬鹿野郎」). */
    public static final int SHORT_KANJI = 8;

    /**
     * Counts the letters of a text.
     *
     * @param text the text
     * @return the counts
     */
    public static ScriptCounts of(CharSequence text) {
        int kana = 0;
        int kanji = 0;
        int latin = 0;
        int words = 0;
        int other = 0;
        int wordLength = 0;
        boolean wordHasLower = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (isLatinLetter(c)) {
                latin++;
                wordLength++;
                wordHasLower |= c < 0x80 ? c >= 'a' : Character.isLowerCase(c);
                continue;
            }
            if (wordLength >= 2 && (wordHasLower || wordLength > 3)) {
                words++;
            }
            wordLength = 0;
            wordHasLower = false;
            if (CharClasses.isKana(c) || (c >= '\uFF66' && c <= '\uFF9D')) {
                kana++;
            } else if (CharClasses.isKanji(c)) {
                kanji++;
            } else if (c >= 0x80 && Character.isLetter(c)) {
                other++;
            }
        }
        return new ScriptCounts(kana, kanji, latin, words, other);
    }

    /** A Latin letter: ASCII and Latin-1/Extended letters, or full-width Ａ–Ｚ, ａ–ｚ; table look-ups only above ASCII. */
    private static boolean isLatinLetter(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return CharClasses.isLatinWordChar(c) && Character.isLetter(c)
                || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A');
    }
}
