// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

/**
 * Lower-cases the capitals of ASCII and Latin-1 ({@code A}–{@code Z}, {@code À}–{@code Þ}) and nothing else, for
 * matching the English terms of a list (「a café」 too) against a text. {@code String.toLowerCase} looks every character up in the Unicode tables and, for a Japanese
 * text with no capital in it, does so for each one only to return the text unchanged; this returns it unchanged after
 * one scan of plain comparisons.
 */
final class AsciiLower {
    private AsciiLower() {
    }

    /**
     * @param text a text
     * @return the text with those capitals lower-cased; the same instance when it has none
     */
    static String of(String text) {
        int first = 0;
        while (first < text.length() && !isUpper(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            if (isUpper(chars[i])) {
                chars[i] = (char) (chars[i] + ('a' - 'A')); // the same distance in Latin-1: 'É' + 32 = 'é'
            }
        }
        return new String(chars);
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'À' && c <= 'Þ' && c != '×';
    }
}
