// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

/**
 * A normalised text with, for every normalised character, the span of the original text it came from. Matching
 * runs on {@link #text()}; {@link #originalStart(int)} and {@link #originalEnd(int)} map a match back so that the
 * evidence excerpt is exactly {@code original.substring(start, end)}.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;

    NormalizedText(String original, String text, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /**
     * The text as received.
     *
     * @return the original text
     */
    public String original() {
        return original;
    }

    /**
     * The normalised text matching runs on.
     *
     * @return the normalised text
     */
    public String text() {
        return text;
    }

    /**
     * Where a normalised span starts in the original text.
     *
     * @param start a normalised offset, {@code 0 <= start < text().length()}
     * @return the original offset of the first character the normalised character came from, inclusive
     */
    public int originalStart(int start) {
        return starts[start];
    }

    /**
     * Where a normalised span ends in the original text.
     *
     * @param end a normalised end offset, exclusive, {@code 0 < end <= text().length()}
     * @return the original offset just after the last character the span came from, exclusive
     */
    public int originalEnd(int end) {
        return ends[end - 1];
    }

    /**
     * The normalised text with katakana restored where the original was written in katakana (full or half width),
     * for the morphological analyser: its dictionary knows 「バカ」 and 「ネット」 in katakana. Same length and
     * offsets as {@link #text()}.
     *
     * @return the text for Kuromoji
     */
    public String withKatakana() {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u3041' && c <= '\u3096' && isKatakana(original.charAt(starts[i]))) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) (c + 0x60);
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean isKatakana(char c) {
        return (c >= '\u30A1' && c <= '\u30FA') || (c >= '\uFF66' && c <= '\uFF9D');
    }
}
