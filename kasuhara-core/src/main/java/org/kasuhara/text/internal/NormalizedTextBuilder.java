// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.Arrays;

/**
 * The streaming part of normalisation: receives folded characters with their source spans and drops elongations,
 * collapses repeated kana and whitespace. See {@link TextNormalizer} for the rules; this class only keeps the
 * offset map right while characters are dropped or merged.
 */
final class NormalizedTextBuilder {
    private final String original;
    private char[] chars;
    private int[] starts;
    private int[] ends;
    private int length;
    private int runLength;
    private boolean pendingSpace;
    private boolean pendingNewline;
    private int pendingStart;
    private int pendingEnd;

    NormalizedTextBuilder(String original) {
        this.original = original;
        int capacity = Math.max(16, original.length() + 8);
        chars = new char[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
    }

    void append(char c, int start, int end) {
        boolean common = (c > ' ' && c < 0x7F) || CharClasses.isJapanese(c); // skips two look-ups per character
        if (!common && Character.getType(c) == Character.FORMAT) {
            return; // zero-width spaces and joiners are used to dodge filters (「死\u200Bね」)
        }
        if (!common && Character.isWhitespace(c)) {
            if (!pendingSpace) {
                pendingSpace = true;
                pendingStart = start;
            }
            pendingEnd = end;
            pendingNewline |= c == '\n' || c == '\r';
            return;
        }
        if (isElongation(c) && length > 0 && CharClasses.isJapanese(chars[length - 1])) {
            if (!pendingSpace) {
                ends[length - 1] = end; // the mark belongs to the sound it lengthens: the excerpt shows 「センター」
            }
            return;
        }
        flushSpace(c);
        if (CharClasses.isKana(c) && length > 0 && chars[length - 1] == c) {
            runLength++;
            if (runLength == 3) {
                length--; // a run of three or more collapses to one; two stay (ここ, たたく)
            }
            if (runLength >= 3) {
                ends[length - 1] = end;
                return;
            }
        } else {
            runLength = 1;
        }
        put(c, start, end);
    }

    NormalizedText build() {
        return new NormalizedText(original, new String(chars, 0, length), starts, ends);
    }

    private void flushSpace(char next) {
        if (!pendingSpace) {
            return;
        }
        boolean newline = pendingNewline;
        pendingSpace = false;
        pendingNewline = false;
        if (length == 0) {
            return;
        }
        if (newline) {
            put('\n', pendingStart, pendingEnd);
        } else if (!(CharClasses.isJapanese(chars[length - 1]) && CharClasses.isJapanese(next))) {
            put(' ', pendingStart, pendingEnd);
        }
    }

    private static boolean isElongation(char c) {
        return c == '\u30FC' || c == '\u301C' || c == '~';
    }

    private void put(char c, int start, int end) {
        if (length == chars.length) {
            int capacity = chars.length * 2;
            chars = Arrays.copyOf(chars, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
        }
        chars[length] = c;
        starts[length] = start;
        ends[length] = end;
        length++;
    }
}
