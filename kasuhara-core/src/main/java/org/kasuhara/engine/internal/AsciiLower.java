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

    /**
     * Whether {@code of(text).contains(term)}, found without lower-casing a copy of the text: a term with no letter a
     * capital lower-cases to is searched as it is; any other only where its first character, or the capital of it,
     * stands.
     *
     * @param text a text
     * @param term what to find
     * @return {@code true} when the lower-cased text contains the term
     */
    static boolean contains(String text, String term) {
        if (!hasLowerCased(term)) {
            return text.contains(term); // a capital lower-cases to no character of the term
        }
        char first = term.charAt(0);
        for (int at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
            if (matchesAt(text, at, term)) {
                return true;
            }
        }
        if (isLowerCased(first)) {
            char capital = (char) (first - ('a' - 'A'));
            for (int at = text.indexOf(capital); at >= 0; at = text.indexOf(capital, at + 1)) {
                if (matchesAt(text, at, term)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(String text, int at, String term) {
        if (at + term.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < term.length(); k++) {
            char c = text.charAt(at + k);
            if ((isUpper(c) ? (char) (c + ('a' - 'A')) : c) != term.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLowerCased(String term) {
        for (int k = 0; k < term.length(); k++) {
            if (isLowerCased(term.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether some capital lower-cases to {@code c}. */
    private static boolean isLowerCased(char c) {
        return isUpper((char) (c - ('a' - 'A')));
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'À' && c <= 'Þ' && c != '×';
    }
}
