// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.json;

import java.util.Objects;

/**
 * Why one input record was rejected.
 *
 * @param source  the file name, or {@code -} for standard input
 * @param line    the line where the record starts (1-based); for JSON Lines, the line of the record
 * @param path    the offending field's path, e.g. {@code contacts[2].end}; empty when the record as a whole is bad
 * @param message what was expected, in plain words
 */
public record InputProblem(String source, int line, String path, String message) {
    /** Checks the fields. */
    public InputProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The problem as one line: {@code file:line: path: message}.
     *
     * @return the formatted problem
     */
    @Override
    public String toString() {
        return source + ":" + line + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
