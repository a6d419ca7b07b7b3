// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

import java.nio.charset.StandardCharsets;

/**
 * A field's bytes read as characters without making a string: times and durations are parsed from it directly.
 * Reused for every record, so never kept. A field with non-ASCII bytes is decoded instead ({@link #text()}).
 */
final class AsciiView implements CharSequence {
    private byte[] bytes;
    private int from;
    private int to;
    private boolean ascii;

    /** Views {@code bytes[0, length)}. */
    AsciiView set(byte[] bytes, int length) {
        this.bytes = bytes;
        this.from = 0;
        this.to = length;
        boolean plain = true;
        for (int i = 0; i < length; i++) {
            plain &= bytes[i] >= 0;
        }
        this.ascii = plain;
        return this;
    }

    /** @return the field without surrounding white space, as this view when it is ASCII or else as a string */
    CharSequence text() {
        if (!ascii) {
            return toString().strip();
        }
        while (from < to && bytes[from] <= ' ') {
            from++;
        }
        while (to > from && bytes[to - 1] <= ' ') {
            to--;
        }
        return this;
    }

    @Override
    public int length() {
        return to - from;
    }

    @Override
    public char charAt(int index) {
        return (char) bytes[from + index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    @Override
    public String toString() {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }
}
