// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the English words around a match, for the negation and quotation heuristics. A word is a run of Latin
 * letters, digits and apostrophes ("don't", "i'm"); reading stops at the end of the clause (or sentence), at a
 * quotation mark and at Japanese text.
 */
final class EnglishWords {
    private EnglishWords() {
    }

    /**
     * Up to {@code max} words before {@code pos}, nearest first.
     *
     * @param clauseBounded whether a comma, semicolon or colon also stops the reading
     */
    static List<String> before(String text, int pos, int max, boolean clauseBounded) {
        List<String> words = new ArrayList<>(max);
        int i = pos - 1;
        while (i >= 0 && words.size() < max) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                int end = i + 1;
                while (i >= 0 && isWordChar(text.charAt(i))) {
                    i--;
                }
                words.add(text.substring(i + 1, end));
            } else if (stops(c, clauseBounded)) {
                break;
            } else {
                i--;
            }
        }
        return words;
    }

    /**
     * Up to {@code max} words from {@code pos} on, in reading order.
     *
     * @param clauseBounded whether a comma, semicolon or colon also stops the reading
     */
    static List<String> after(String text, int pos, int max, boolean clauseBounded) {
        List<String> words = new ArrayList<>(max);
        int i = pos;
        while (i < text.length() && words.size() < max) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                int start = i;
                while (i < text.length() && isWordChar(text.charAt(i))) {
                    i++;
                }
                words.add(text.substring(start, i));
            } else if (stops(c, clauseBounded)) {
                break;
            } else {
                i++;
            }
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return CharClasses.isLatinWordChar(c) || c == '\'';
    }

    private static boolean stops(char c, boolean clauseBounded) {
        return (clauseBounded ? CharClasses.isClauseEnd(c) : CharClasses.isSentenceEnd(c))
                || CharClasses.isQuote(c) || CharClasses.isJapanese(c);
    }
}
