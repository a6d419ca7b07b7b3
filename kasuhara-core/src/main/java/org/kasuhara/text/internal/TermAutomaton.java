// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Aho–Corasick automaton over normalised terms: finds every occurrence of every term in one pass over the text,
 * whatever the number of terms, so the hot path never runs a regular expression per term.
 *
 * <p>Built once per lexicon and immutable afterwards. The root of a large automaton, visited after almost every
 * character of a text without matches, has a dense table over all UTF-16 units (256 KiB); the other states, and the
 * root of a small automaton (the lexicon check builds one per construction), store their few transitions as sorted
 * character arrays searched by binary search while the automaton is built; a text is then scanned through one
 * open-addressing table of every (state, character) transition below the root, about one memory access a step.
 */
public final class TermAutomaton {
    /** Receives matches. */
    @FunctionalInterface
    public interface Sink {
        /**
         * Called for each occurrence, in order of end offset.
         *
         * @param pattern index of the term in the list given to {@link #build(List)}
         * @param start   start offset in the text, inclusive
         * @param end     end offset in the text, exclusive
         */
        void match(int pattern, int start, int end);
    }

    private final char[][] keys;
    private final int[][] targets;
    private final int[] fail;
    private final int[] output;      // pattern ending at this state, or -1
    private final int[] outputLink;  // nearest state on the fail chain with an output, or -1
    private final int[] lengths;     // pattern lengths
    /** Root transitions at or above this count get the dense table: below it, allocating 256 KiB costs more. */
    private static final int DENSE_ROOT = 64;
    private final int[] rootNext; // next state from the root, 0 when none; null for a small root
    /** Transitions of the states below the root: key {@code state << 16 | character}, {@link #NONE} when empty. */
    private final long[] stepKeys;
    private final int[] stepTargets;
    private final int stepMask;
    private static final long NONE = -1;

    private TermAutomaton(char[][] keys, int[][] targets, int[] fail, int[] output, int[] outputLink, int[] lengths) {
        this.rootNext = keys[0].length >= DENSE_ROOT ? denseRoot(keys[0], targets[0]) : null;
        this.keys = keys;
        this.targets = targets;
        this.fail = fail;
        this.output = output;
        this.outputLink = outputLink;
        this.lengths = lengths;
        int count = 0;
        for (int state = 1; state < keys.length; state++) {
            count += keys[state].length;
        }
        int capacity = Integer.highestOneBit(Math.max(4, count * 2 + 1) - 1) << 1; // load at most one half
        this.stepKeys = new long[capacity];
        this.stepTargets = new int[capacity];
        this.stepMask = capacity - 1;
        Arrays.fill(stepKeys, NONE);
        for (int state = 1; state < keys.length; state++) {
            for (int k = 0; k < keys[state].length; k++) {
                long key = (long) state << 16 | keys[state][k];
                int slot = slot(key);
                while (stepKeys[slot] != NONE) {
                    slot = (slot + 1) & stepMask;
                }
                stepKeys[slot] = key;
                stepTargets[slot] = targets[state][k];
            }
        }
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & stepMask;
    }

    /** @return the next state from a state below the root, or -1 */
    private int step(int state, char c) {
        long key = (long) state << 16 | c;
        for (int slot = slot(key); ; slot = (slot + 1) & stepMask) {
            long found = stepKeys[slot];
            if (found == key) {
                return stepTargets[slot];
            }
            if (found == NONE) {
                return -1;
            }
        }
    }

    /**
     * Builds the automaton.
     *
     * @param patterns distinct, non-empty terms
     * @return the automaton
     */
    public static TermAutomaton build(List<String> patterns) {
        // The trie as primitive arrays (no boxed map per state): children as sibling lists, the root's of a large
        // trie through a dense table. States are numbered in the order they are created, as before.
        TermTrie trie = new TermTrie(patterns.size() >= DENSE_ROOT);
        int[] lengths = new int[patterns.size()];
        for (int p = 0; p < patterns.size(); p++) {
            String pattern = patterns.get(p);
            lengths[p] = pattern.length();
            int state = 0;
            for (int i = 0; i < pattern.length(); i++) {
                state = trie.child(state, pattern.charAt(i));
            }
            trie.output[state] = p;
        }
        int n = trie.size;
        char[][] keys = new char[n][];
        int[][] targets = new int[n][];
        for (int s = 0; s < n; s++) {
            trie.sortedChildren(s, keys, targets);
        }
        int[] fail = new int[n];
        int[] outputLink = new int[n];
        Arrays.fill(outputLink, -1);
        TermAutomaton automaton = new TermAutomaton(keys, targets, fail, Arrays.copyOf(trie.output, n),
                outputLink, lengths);
        automaton.linkFailures();
        return automaton;
    }

    private static int[] denseRoot(char[] keys, int[] targets) {
        int[] dense = new int[Character.MAX_VALUE + 1];
        for (int k = 0; k < keys.length; k++) {
            dense[keys[k]] = targets[k];
        }
        return dense;
    }

    /**
     * Reports every occurrence of every pattern in {@code text}, overlapping ones included.
     *
     * @param text the normalised text
     * @param sink receives the matches
     */
    public void findAll(String text, Sink sink) {
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int next = state == 0 ? -1 : step(state, c);
            while (next < 0 && state != 0) {
                state = fail[state];
                next = state == 0 ? -1 : step(state, c);
            }
            state = next >= 0 ? next : fromRoot(c);
            for (int s = output[state] >= 0 ? state : outputLink[state]; s >= 0; s = outputLink[s]) {
                int p = output[s];
                sink.match(p, i + 1 - lengths[p], i + 1);
            }
        }
    }

    private void linkFailures() {
        int[] queue = new int[fail.length];
        int head = 0;
        int tail = 0;
        for (int target : targets[0]) {
            fail[target] = 0;
            queue[tail++] = target;
        }
        while (head < tail) {
            int state = queue[head++];
            for (int k = 0; k < keys[state].length; k++) {
                char c = keys[state][k];
                int child = targets[state][k];
                int f = fail[state];
                int next = transition(f, c);
                while (next < 0 && f != 0) {
                    f = fail[f];
                    next = transition(f, c);
                }
                fail[child] = next >= 0 && next != child ? next : 0;
                outputLink[child] = output[fail[child]] >= 0 ? fail[child] : outputLink[fail[child]];
                queue[tail++] = child;
            }
        }
    }

    private int fromRoot(char c) {
        if (rootNext != null) {
            return rootNext[c];
        }
        int next = transition(0, c);
        return next >= 0 ? next : 0;
    }

    private int transition(int state, char c) {
        int k = Arrays.binarySearch(keys[state], c);
        return k >= 0 ? targets[state][k] : -1;
    }
}
