// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
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

    /**
     * Writes the automaton as {@link #read(ByteBuffer, int)} reads it back (a packaged rule set ships it built): the
     * state and pattern counts, then each array whole, so that reading is a few bulk copies.
     *
     * @param out where to write
     * @throws IOException when writing fails
     */
    void write(DataOutput out) throws IOException {
        int n = keys.length;
        out.writeInt(n);
        out.writeInt(lengths.length);
        int total = 0;
        for (char[] k : keys) {
            out.writeInt(k.length);
            total += k.length;
        }
        out.writeInt(total);
        for (char[] k : keys) {
            for (char c : k) {
                out.writeChar(c);
            }
        }
        for (int[] t : targets) {
            for (int target : t) {
                out.writeInt(target);
            }
        }
        for (int[] array : new int[][] {fail, output, outputLink, lengths}) {
            for (int value : array) {
                out.writeInt(value);
            }
        }
    }

    /**
     * Reads an automaton {@link #write(DataOutput)} wrote, checking every state and pattern number, so that a damaged
     * file fails here rather than in a scan.
     *
     * @param in       where to read, big-endian
     * @param patterns how many patterns the automaton must have
     * @return the automaton
     * @throws IOException when the data is short or malformed
     */
    static TermAutomaton read(ByteBuffer in, int patterns) throws IOException {
        try {
            int n = in.getInt();
            if (n < 1 || n > in.remaining() / Integer.BYTES || in.getInt() != patterns) {
                throw new IOException("malformed automaton header");
            }
            int[] counts = ints(in, n);
            int total = in.getInt();
            if (total < 0 || total > in.remaining() / Character.BYTES) {
                throw new IOException("malformed automaton header");
            }
            char[] allKeys = new char[total];
            in.asCharBuffer().get(allKeys);
            in.position(in.position() + total * Character.BYTES);
            int[] allTargets = ints(in, total);
            int[] fail = ints(in, n);
            int[] output = ints(in, n);
            int[] outputLink = ints(in, n);
            int[] lengths = ints(in, patterns);
            char[][] keys = new char[n][];
            int[][] targets = new int[n][];
            int at = 0;
            for (int state = 0; state < n; state++) {
                int count = check(counts[state], 0, total - at);
                keys[state] = Arrays.copyOfRange(allKeys, at, at + count);
                targets[state] = Arrays.copyOfRange(allTargets, at, at + count);
                at += count;
                for (int k = 0; k < count; k++) {
                    check(targets[state][k], 1, n - 1);
                    if (k > 0 && keys[state][k] <= keys[state][k - 1]) {
                        throw new IOException("transitions out of order");
                    }
                }
                check(fail[state], 0, n - 1);
                check(output[state], -1, patterns - 1);
                check(outputLink[state], -1, n - 1);
            }
            if (at != total) {
                throw new IOException("transition count does not add up");
            }
            for (int length : lengths) {
                check(length, 1, Integer.MAX_VALUE);
            }
            checkTree(targets, fail, output, outputLink, lengths);
            return new TermAutomaton(keys, targets, fail, output, outputLink, lengths);
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException e) {
            throw new IOException("truncated automaton", e);
        }
    }

    /** @return {@code count} big-endian ints copied at once */
    static int[] ints(ByteBuffer in, int count) throws IOException {
        if (count < 0 || count > in.remaining() / Integer.BYTES) {
            throw new IOException("truncated");
        }
        int[] values = new int[count];
        in.asIntBuffer().get(values);
        in.position(in.position() + count * Integer.BYTES);
        return values;
    }

    /**
     * The states form one tree from the root; every failure and output link leads closer to it (no loop); an output
     * link leads to a state with an output; a pattern ends at a state as deep as the pattern is long; the root has no
     * output. A file that passes reads as an automaton {@link #build(List)} could have made.
     */
    private static void checkTree(int[][] targets, int[] fail, int[] output, int[] outputLink, int[] lengths)
            throws IOException {
        int n = targets.length;
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        depth[0] = 0;
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        queue[tail++] = 0;
        while (head < tail) {
            int state = queue[head++];
            for (int child : targets[state]) {
                if (depth[child] >= 0) {
                    throw new IOException("state " + child + " reached twice");
                }
                depth[child] = depth[state] + 1;
                queue[tail++] = child;
            }
        }
        if (fail[0] != 0 || output[0] != -1 || outputLink[0] != -1) {
            throw new IOException("the root has an output or a link");
        }
        for (int state = 1; state < n; state++) {
            if (depth[state] < 0 || depth[fail[state]] >= depth[state]
                    || outputLink[state] >= 0 && (depth[outputLink[state]] >= depth[state]
                    || output[outputLink[state]] < 0)
                    || output[state] >= 0 && lengths[output[state]] != depth[state]) {
                throw new IOException("state " + state + " unreachable, linked away from the root or of the wrong depth");
            }
        }
    }

    /** @return the length of pattern {@code p} */
    int length(int p) {
        return lengths[p];
    }

    private static int check(int value, int min, int max) throws IOException {
        if (value < min || value > max) {
            throw new IOException("value " + value + " out of range " + min + ".." + max);
        }
        return value;
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
