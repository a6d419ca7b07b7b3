// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.Arrays;

/**
 * The trie that {@link TermAutomaton} is built from, in growable primitive arrays: each state's children as a list
 * of siblings, the root's (often thousands of kanji and kana) through a dense table unless the trie is small (the
 * lexicon check builds one per construction, where 256 KiB per trie would cost more). Building it boxes nothing,
 * which matters at start-up, when the lexicons' tens of thousands of spellings are inserted by code the JIT has
 * not compiled yet.
 */
final class TermTrie {
    int size = 1;
    int[] output = {-1};
    private char[] label = new char[1];
    private int[] firstChild = {-1};
    private int[] nextSibling = {-1};
    private final int[] rootChild;

    /** @param dense whether the root's children go through a dense table (for many terms) */
    TermTrie(boolean dense) {
        rootChild = dense ? new int[Character.MAX_VALUE + 1] : null;
    }

    /** @return the child of {@code state} under {@code c}, created when missing */
    int child(int state, char c) {
        if (state == 0 && rootChild != null) {
            if (rootChild[c] == 0) {
                rootChild[c] = add(0, c);
            }
            return rootChild[c];
        }
        for (int s = firstChild[state]; s >= 0; s = nextSibling[s]) {
            if (label[s] == c) {
                return s;
            }
        }
        return add(state, c);
    }

    /** Fills {@code keys[state]} and {@code targets[state]} with the state's children, sorted by character. */
    void sortedChildren(int state, char[][] keys, int[][] targets) {
        int count = 0;
        for (int s = firstChild[state]; s >= 0; s = nextSibling[s]) {
            count++;
        }
        long[] packed = new long[count]; // character in the high bits, state below: sorting sorts by character
        int k = 0;
        for (int s = firstChild[state]; s >= 0; s = nextSibling[s]) {
            packed[k++] = ((long) label[s] << 32) | s;
        }
        Arrays.sort(packed);
        keys[state] = new char[count];
        targets[state] = new int[count];
        for (k = 0; k < count; k++) {
            keys[state][k] = (char) (packed[k] >>> 32);
            targets[state][k] = (int) packed[k];
        }
    }

    private int add(int parent, char c) {
        if (size == label.length) {
            int capacity = size * 2;
            label = Arrays.copyOf(label, capacity);
            output = Arrays.copyOf(output, capacity);
            firstChild = Arrays.copyOf(firstChild, capacity);
            nextSibling = Arrays.copyOf(nextSibling, capacity);
        }
        int state = size++;
        label[state] = c;
        output[state] = -1;
        firstChild[state] = -1;
        nextSibling[state] = firstChild[parent];
        firstChild[parent] = state;
        return state;
    }
}
