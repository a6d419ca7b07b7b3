// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A fixed list of literal strings, matched exactly as written (unlike {@link Phrases}, which normalises them), and
 * found in a text with one scan per distinct first character rather than one per string: the twenty phrases of
 * self-blame start with six characters.
 */
final class Literals {
    /** The distinct first characters, in the order of the list. */
    private final char[] firsts;
    /** The strings of each first character, in the order of the list. */
    private final String[][] byFirst;

    private Literals(char[] firsts, String[][] byFirst) {
        this.firsts = firsts;
        this.byFirst = byFirst;
    }

    /**
     * Groups the strings by first character.
     *
     * @param literals non-empty strings
     * @return the list
     */
    static Literals of(List<String> literals) {
        Map<Character, List<String>> groups = new LinkedHashMap<>();
        for (String literal : literals) {
            groups.computeIfAbsent(literal.charAt(0), c -> new ArrayList<>()).add(literal);
        }
        char[] firsts = new char[groups.size()];
        String[][] byFirst = new String[groups.size()][];
        int g = 0;
        for (Map.Entry<Character, List<String>> group : groups.entrySet()) {
            firsts[g] = group.getKey();
            byFirst[g++] = group.getValue().toArray(String[]::new);
        }
        return new Literals(firsts, byFirst);
    }

    /**
     * Whether one of the strings occurs in a text.
     *
     * @param text a text
     * @return {@code true} when {@code text.contains(s)} for some string {@code s}
     */
    boolean occurIn(String text) {
        return occurWhere(text, at -> true);
    }

    /**
     * Whether one of the strings occurs in a text at a position that passes a test.
     *
     * @param text a text
     * @param test a test of the position where a string starts, without side effects
     * @return {@code true} when some string starts at some position that passes it
     */
    boolean occurWhere(String text, IntPredicate test) {
        for (int g = 0; g < firsts.length; g++) {
            for (int at = text.indexOf(firsts[g]); at >= 0; at = text.indexOf(firsts[g], at + 1)) {
                for (String literal : byFirst[g]) {
                    if (text.startsWith(literal, at) && test.test(at)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
