package org.kasuhara.web.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

/**
 * A request body for {@link org.kasuhara.json.CaseReader}, buffered whole. {@code CaseReader} marks its input
 * with a read-ahead limit of 16 MiB to detect JSON Lines; a plain {@code BufferedReader} then allocates a 32 MB
 * array when it reaches the end of a one-line body, which cost ~3 ms per API request. Here the buffer already
 * holds the whole text, so the mark is clamped to it and nothing is reallocated.
 */
final class WholeTextReader extends BufferedReader {
    private final int capacity;

    WholeTextReader(String text) {
        this(text, text.length() + 1);
    }

    private WholeTextReader(String text, int capacity) {
        super(new StringReader(text), capacity);
        this.capacity = capacity;
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        super.mark(Math.min(readAheadLimit, capacity));
    }
}
