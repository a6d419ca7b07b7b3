// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

/**
 * Character classes the normaliser and the context heuristics need. Plain range checks rather than
 * {@link Character.UnicodeScript} look-ups, because they run for every character of every text.
 */
public final class CharClasses {
    private CharClasses() {
    }

    /**
     * Whether {@code c} is hiragana (katakana is folded to hiragana before most checks).
     *
     * @param c a UTF-16 code unit
     * @return {@code true} for U+3041–U+309F
     */
    public static boolean isHiragana(char c) {
        return c >= '\u3041' && c <= '\u309F';
    }

    /**
     * Whether {@code c} is kana: hiragana or full-width katakana.
     *
     * @param c a UTF-16 code unit
     * @return {@code true} for U+3041–U+30FF
     */
    public static boolean isKana(char c) {
        return c >= '\u3041' && c <= '\u30FF';
    }

    /**
     * Whether {@code c} is a CJK ideograph (kanji) or the iteration mark 々.
     *
     * @param c a UTF-16 code unit
     * @return {@code true} for the unified ideographs, extension A, the compatibility block and 々
     */
    public static boolean isKanji(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF')
                || (c >= '\uF900' && c <= '\uFAFF') || c == '\u3005';
    }

    /**
     * Whether {@code c} is Japanese script (kana or kanji), i.e. text in which words are not separated by spaces.
     *
     * @param c a UTF-16 code unit
     * @return {@code true} for kana and kanji
     */
    public static boolean isJapanese(char c) {
        return isKana(c) || isKanji(c);
    }

    /**
     * Whether {@code c} belongs to a Latin-script word for word-boundary purposes: an ASCII or Latin-1/Extended
     * letter, a digit. Japanese characters are not word characters here, so "idiotだよ" still matches "idiot".
     *
     * @param c a UTF-16 code unit
     * @return {@code true} for Latin letters and digits
     */
    public static boolean isLatinWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7';
    }

    /** How far into a line a speaker label of a transcript (「店員：」, "Agent:") may end. */
    static final int LABEL_REACH = 12;

    /**
     * Where the speaker label a line opens on ends (「客：」, "Agent:"): the colon's index, or -1 when the line has none
     * within {@value #LABEL_REACH} characters before a line or clause end.
     */
    static int speakerLabelEnd(String text, int lineStart) {
        for (int i = lineStart; i < Math.min(text.length(), lineStart + LABEL_REACH); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '：') {
                return i;
            }
            if (c == '\n' || isClauseEnd(c)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether {@code c} ends a sentence (。．.！!？? or a line break).
     *
     * @param c a UTF-16 code unit of normalised text
     * @return {@code true} for sentence-final punctuation and line breaks
     */
    public static boolean isSentenceEnd(char c) {
        return c == '\u3002' || c == '.' || c == '!' || c == '?' || c == '\n'
                || c == '\uFF01' || c == '\uFF1F' || c == '\uFF0E'; // ！？． in text not normalised
    }

    /**
     * Where the sentence holding an offset starts: just after the nearest sentence end before it, or 0.
     *
     * @param text the text
     * @param at   an offset in it
     * @return the sentence's first offset
     */
    public static int sentenceStart(String text, int at) {
        int from = at;
        while (from > 0 && !isSentenceEnd(text.charAt(from - 1))) {
            from--;
        }
        return from;
    }

    /**
     * The sentence around a span, read at most {@code reach} characters either side of it (a transcript may run for
     * pages without a sentence end).
     *
     * @param text  a text, normalised or not
     * @param start the span's start, inclusive
     * @param end   the span's end, exclusive
     * @param reach how far either side to read at most; a surrogate pair at the limit is kept whole
     * @return {@code {from, to}}: from the sentence's start (or the reach) to its end (or the reach), exclusive
     */
    public static int[] sentenceAround(String text, int start, int end, int reach) {
        int from = Math.max(0, Math.min(start, text.length()));
        while (from > 0 && start - from < reach && !isSentenceEnd(text.charAt(from - 1))) {
            from--;
        }
        if (from > 0 && Character.isLowSurrogate(text.charAt(from)) && Character.isHighSurrogate(text.charAt(from - 1))) {
            from--;
        }
        int to = Math.max(from, Math.min(end, text.length()));
        while (to < text.length() && to - end < reach && !isSentenceEnd(text.charAt(to))) {
            to++;
        }
        if (to > 0 && to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
            to++;
        }
        return new int[] {from, to};
    }

    /**
     * Whether {@code c} ends a clause: a sentence end, a comma (、 or ,), ; or :.
     *
     * @param c a UTF-16 code unit of normalised text
     * @return {@code true} for clause punctuation
     */
    public static boolean isClauseEnd(char c) {
        return isSentenceEnd(c) || c == '\u3001' || c == ',' || c == ';' || c == ':';
    }

    /**
     * Whether {@code c} opens or closes a quotation (「」『』“”").
     *
     * @param c a UTF-16 code unit of normalised text
     * @return {@code true} for quotation marks
     */
    public static boolean isQuote(char c) {
        return c == '\u300C' || c == '\u300D' || c == '\u300E' || c == '\u300F' || c == '\u201C' || c == '\u201D'
                || c == '"';
    }
}
