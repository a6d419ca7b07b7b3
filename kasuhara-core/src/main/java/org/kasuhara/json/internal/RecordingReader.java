// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.json.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Keeps the characters a parser reads, so that the exact text of each record can be cut out by the parser's
 * character offsets; what was taken is dropped, so memory stays bounded by one record plus the parser's read-ahead.
 */
public final class RecordingReader extends FilterReader {
    private final StringBuilder kept = new StringBuilder();
    private long dropped;

    /** @param in the input */
    public RecordingReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            kept.append((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            kept.append(buffer, offset, n);
        }
        return n;
    }

    /**
     * Returns the text between two character offsets of the input and forgets everything before the end.
     *
     * @param start offset of the first character, inclusive
     * @param end   offset after the last character
     * @return the text, or {@code null} when the offsets are unknown or already dropped
     */
    public String take(long start, long end) {
        if (start < dropped || end < start || end - dropped > kept.length()) {
            return null;
        }
        String text = kept.substring((int) (start - dropped), (int) (end - dropped));
        kept.delete(0, (int) (end - dropped));
        dropped = end;
        return text;
    }
}
